package org.goveval.sitefarm.internal.site;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.LinkTag;
import org.goveval.sitefarm.internal.routes.Route;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.manifest.DuplicatePage;
import org.goveval.sitefarm.manifest.Manifest;
import org.goveval.sitefarm.manifest.ManifestLink;
import org.goveval.sitefarm.manifest.NotBrokenLink;

/** One breadth-first walk of a site's real pages, collecting what the manifest records. */
final class ManifestWalk {
    private static final String FARM_SITE = "another farm site's page: answers 200";

    private final BuiltSite site;
    private final ManifestBuilder farm;
    private final String home;
    private final Deque<URI> queue = new ArrayDeque<>();
    private final Set<URI> seen = new HashSet<>();
    private final Map<String, String> titles = new TreeMap<>();
    private final Map<String, Finding> findings = new TreeMap<>();
    private final Map<String, String> notBroken = new TreeMap<>();
    private final Set<String> robotsDisallowed = new TreeSet<>();
    private final Set<String> traps = new TreeSet<>();
    private final Set<String> neverFetch = new TreeSet<>();
    private final Map<String, String> duplicates = new TreeMap<>();

    private record Finding(Truth.Broken truth, Set<String> sources) {}

    ManifestWalk(BuiltSite site, ManifestBuilder farm) {
        this.site = site;
        this.farm = farm;
        this.home = site.homepage().toString();
    }

    Manifest run() {
        reach(site.homepage());
        while (!queue.isEmpty()) {
            visit(queue.poll());
        }
        List<ManifestLink> broken = links(false);
        List<ManifestLink> blocked = links(true);
        if (duplicates.size() != site.duplicates().size()) {
            throw new IllegalStateException("site " + site.name() + ": a planted duplicate is linked from nowhere: "
                    + site.duplicates().keySet() + " reached " + duplicates.keySet());
        }
        List<NotBrokenLink> fine = notBroken.entrySet().stream()
                .map(entry -> new NotBrokenLink(entry.getKey(), entry.getValue()))
                .toList();
        return new Manifest(
                home,
                List.copyOf(titles.keySet()),
                titles,
                broken,
                blocked,
                fine,
                List.copyOf(robotsDisallowed),
                List.copyOf(traps),
                List.copyOf(neverFetch),
                site.content(),
                duplicates.entrySet().stream()
                        .map(entry -> new DuplicatePage(entry.getKey(), entry.getValue()))
                        .toList());
    }

    private void visit(URI page) {
        URI original = site.duplicates().get(page);
        if (original != null) {
            // the same page under a second name: a scanner attributes its links to the original only
            if (!titles.containsKey(original.toString())) {
                throw new IllegalStateException("duplicate reached before its original: " + page);
            }
            duplicates.put(page.toString(), original.toString());
            return;
        }
        Route route = site.router().find(page.getRawPath()).orElseThrow();
        if (!(route.truth() instanceof Truth.Page truth)) {
            throw new IllegalStateException("not a page: " + page);
        }
        titles.put(page.toString(), truth.title());
        for (Link link : route.links()) {
            classify(page, link);
        }
    }

    private void classify(URI page, Link link) {
        if (Urls.neverFetched(link.href())) {
            neverFetch.add(link.href());
            return;
        }
        URI target = Urls.resolve(page, link.href());
        boolean sameSite =
                target.getScheme().equals("http") && Urls.authority(target).equals(Urls.authority(site.origin()));
        if (sameSite && site.robots().disallows(target.getRawPath())) {
            robotsDisallowed.add(target.toString());
            return;
        }
        record(page, link, target, sameSite, farm.truthOf(site, target));
    }

    private void record(URI page, Link link, URI target, boolean sameSite, Truth truth) {
        String url = target.toString();
        switch (truth) {
            case Truth.Page found -> {
                if (!sameSite) {
                    notBroken.put(url, FARM_SITE);
                } else if (link.tag() == LinkTag.A) {
                    reach(target);
                }
                found.notBrokenWhy().ifPresent(why -> notBroken.put(url, why));
            }
            case Truth.Asset asset -> {}
            case Truth.Fine fine -> notBroken.put(url, fine.why());
            case Truth.Moved moved -> {
                notBroken.put(url, moved.why());
                reach(Urls.resolve(target, moved.location()));
            }
            case Truth.Broken broken ->
                findings.computeIfAbsent(url, key -> new Finding(broken, new TreeSet<>()))
                        .sources()
                        .add(page.toString());
            case Truth.Trap trap -> traps.add(url);
        }
    }

    private void reach(URI page) {
        if (seen.add(page)) {
            queue.add(page);
        }
    }

    private List<ManifestLink> links(boolean blockedOrThrottled) {
        return findings.entrySet().stream()
                .filter(entry -> entry.getValue().truth().kind().blockedOrThrottled() == blockedOrThrottled)
                .map(entry -> new ManifestLink(
                        entry.getKey(),
                        entry.getValue().truth().kind(),
                        entry.getValue().truth().status(),
                        List.copyOf(entry.getValue().sources()),
                        entry.getValue().sources().contains(home)))
                .toList();
    }
}
