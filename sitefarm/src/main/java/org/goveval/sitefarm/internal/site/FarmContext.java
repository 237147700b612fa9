package org.goveval.sitefarm.internal.site;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.goveval.sitefarm.SiteNetwork;
import org.goveval.sitefarm.internal.routes.Stall;

/**
 * What every site of a farm knows about the farm while it is built.
 *
 * @param origins each site's origin, {@code http://127.0.0.1:PORT}, by name
 * @param deadPort a loopback port the farm holds bound but never listens on: connections are refused
 * @param plainHttpPort a loopback port that answers anything with a plain-HTTP 400 at once: https to it fails
 *     in the handshake
 * @param rogueOrigin {@code http://127.0.0.1:PORT} of the farm's re-registered domain: a host that is no
 *     government site and serves gambling, pornographic and shopping pages (see {@code RoguePages})
 * @param today the clock's date
 * @param stall released when the farm closes
 * @param network how each site is reached by name, by site name; empty without network faces
 */
public record FarmContext(
        Map<String, URI> origins,
        int deadPort,
        int plainHttpPort,
        URI rogueOrigin,
        LocalDate today,
        Duration slowOk,
        Duration hang,
        Stall stall,
        Map<String, SiteNetwork> network) {
    public FarmContext {
        origins = Map.copyOf(origins);
        Objects.requireNonNull(rogueOrigin, "rogueOrigin");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(slowOk, "slowOk");
        Objects.requireNonNull(hang, "hang");
        Objects.requireNonNull(stall, "stall");
        network = Map.copyOf(network);
    }

    public URI origin(String site) {
        URI origin = origins.get(site);
        if (origin == null) {
            throw new IllegalArgumentException("no farm site named " + site);
        }
        return origin;
    }

    /** An absolute URL on the farm's re-registered domain. */
    public URI rogueUrl(String path) {
        return URI.create(rogueOrigin + path);
    }

    /** An absolute URL on a farm site. */
    public URI url(String site, String path) {
        return URI.create(origin(site) + path);
    }
}
