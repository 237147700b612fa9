package org.goveval.sitefarm.internal.site;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.goveval.sitefarm.SiteSpec;
import org.goveval.sitefarm.internal.routes.Router;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.manifest.ContentTruth;

/**
 * A site ready to serve.
 *
 * @param origin {@code http://127.0.0.1:PORT}, no trailing slash
 * @param expectedDead URLs the site's pages link to on purpose that fall through to a fallback (this site's or
 *     the partner's); any other link to a fallback is a generator bug
 * @param externals the truth of external URLs its pages link to that are not farm sites
 * @param duplicates URLs that serve one of its pages under a second name, each with the page's own URL
 */
public record BuiltSite(
        SiteSpec spec,
        URI origin,
        Router router,
        RobotsRules robots,
        Set<URI> expectedDead,
        Map<URI, Truth> externals,
        Map<URI, URI> duplicates,
        ContentTruth content) {
    public BuiltSite {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(robots, "robots");
        expectedDead = Set.copyOf(expectedDead);
        externals = Map.copyOf(externals);
        duplicates = Map.copyOf(duplicates);
        Objects.requireNonNull(content, "content");
    }

    public String name() {
        return spec.name();
    }

    public URI homepage() {
        return URI.create(origin + "/");
    }
}
