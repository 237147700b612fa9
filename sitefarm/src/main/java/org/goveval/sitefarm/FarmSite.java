package org.goveval.sitefarm;

import java.net.URI;
import java.util.Objects;
import org.goveval.sitefarm.manifest.Manifest;

/**
 * A running site.
 *
 * @param homepage {@code http://127.0.0.1:PORT/}; the host:port is the site's politeness key
 */
public record FarmSite(String name, URI homepage, Manifest manifest, SiteSpec spec) {
    public FarmSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(homepage, "homepage");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(spec, "spec");
    }

    /** An absolute URL of the site: {@code url("/robots.txt")}. */
    public URI url(String pathAndQuery) {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("pathAndQuery must start with /: " + pathAndQuery);
        }
        return URI.create("http://" + homepage.getRawAuthority() + pathAndQuery);
    }
}
