package org.goveval.sitefarm.internal.site;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.SiteNetwork;
import org.goveval.sitefarm.SiteSpec;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.LinkTag;
import org.goveval.sitefarm.internal.routes.Route;
import org.goveval.sitefarm.internal.routes.Router;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.manifest.NetworkTruth;

/** The network truth of a site, from its network defects and the links its home page renders. */
final class NetworkTruths {
    /** The monitor's default sample of second-level pages (NetworkSettings.maxPages). */
    static final int SAMPLE = 50;

    private NetworkTruths() {}

    static NetworkTruth of(
            SiteSpec spec, Optional<SiteNetwork> network, Router router, RobotsRules robots, URI origin) {
        if (network.isEmpty()) {
            return NetworkTruth.empty();
        }
        Set<ContentDefect> defects = spec.contentDefects();
        boolean ipv6 = network.get().ipv6();
        boolean redirect = !defects.contains(ContentDefect.NO_HTTPS_REDIRECT);
        boolean hsts = !defects.contains(ContentDefect.NO_HSTS);
        boolean expiring = defects.contains(ContentDefect.CERTIFICATE_EXPIRING);
        int pages = Math.min(SAMPLE, secondLevelPages(router, robots, origin).size());
        int reachable = ipv6 ? pages : 0;
        List<String> findings = new ArrayList<>();
        if (!ipv6) {
            findings.add("IPV6_NO_AAAA");
        }
        if (!redirect) {
            findings.add("HTTP_NOT_REDIRECTED");
        }
        if (!hsts) {
            findings.add("HSTS_MISSING");
        }
        if (expiring) {
            findings.add("CERT_EXPIRING");
        }
        return new NetworkTruth(
                ipv6,
                network.get().ipv6Addresses(),
                pages,
                reachable,
                pages == 0 ? null : reachable / (double) pages,
                true,
                redirect,
                expiring ? SiteNetwork.EXPIRING_CERTIFICATE_DAYS : SiteNetwork.CERTIFICATE_DAYS,
                true,
                true,
                false,
                hsts,
                hsts ? SiteNetwork.HSTS_MAX_AGE : null,
                false,
                false,
                true,
                true,
                findings);
    }

    /** The distinct real pages of the site its home page links to with {@code <a>}, the home page aside. */
    static Set<URI> secondLevelPages(Router router, RobotsRules robots, URI origin) {
        URI home = URI.create(origin + "/");
        Route homeRoute = router.find("/").orElseThrow();
        Set<URI> pages = new TreeSet<>();
        for (Link link : homeRoute.links()) {
            if (link.tag() != LinkTag.A || Urls.neverFetched(link.href())) {
                continue;
            }
            URI target = Urls.resolve(home, link.href());
            boolean sameSite =
                    target.getScheme().equals("http") && Urls.authority(target).equals(Urls.authority(origin));
            if (!sameSite || target.equals(home) || robots.disallows(target.getRawPath())) {
                continue;
            }
            if (router.find(target.getRawPath()).map(Route::truth).orElse(null) instanceof Truth.Page) {
                pages.add(target);
            }
        }
        return pages;
    }
}
