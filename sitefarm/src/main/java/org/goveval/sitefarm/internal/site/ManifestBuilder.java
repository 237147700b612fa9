package org.goveval.sitefarm.internal.site;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.goveval.sitefarm.internal.routes.Route;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.manifest.Manifest;

/**
 * Computes each site's manifest by walking its pages breadth-first from the homepage, through the very links
 * the pages render, and asking every linked URL's route what it is. A link the farm did not plan (a path that
 * falls through to a fallback without being expected, an unknown external URL) stops the farm from starting:
 * the manifest is the truth or there is none.
 */
public final class ManifestBuilder {
    private final Map<String, BuiltSite> byAuthority;
    private final Set<URI> expectedDead = new HashSet<>();

    public ManifestBuilder(List<BuiltSite> sites) {
        this.byAuthority =
                sites.stream().collect(Collectors.toMap(site -> Urls.authority(site.origin()), Function.identity()));
        sites.forEach(site -> expectedDead.addAll(site.expectedDead()));
    }

    public Manifest build(BuiltSite site) {
        return new ManifestWalk(site, this).run();
    }

    /** The truth of an absolute http(s) URL linked from {@code from}, which is not a robots-disallowed path. */
    Truth truthOf(BuiltSite from, URI url) {
        Truth external = from.externals().get(url);
        if (external != null) {
            return external;
        }
        BuiltSite target = url.getScheme().equals("http") ? byAuthority.get(Urls.authority(url)) : null;
        if (target == null) {
            throw new IllegalStateException("site " + from.name() + " links to an unplanned external URL: " + url);
        }
        return routeTruth(target, url);
    }

    private Truth routeTruth(BuiltSite site, URI url) {
        Optional<Route> route = site.router().find(url.getRawPath());
        if (route.isPresent()) {
            return route.get().truth();
        }
        if (!expectedDead.contains(url)) {
            throw new IllegalStateException("unplanned link to a path site " + site.name() + " does not have: " + url);
        }
        return site.router().fallback().truth();
    }
}
