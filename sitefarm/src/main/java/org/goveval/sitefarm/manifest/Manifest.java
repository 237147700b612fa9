package org.goveval.sitefarm.manifest;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The truth about one generated site: what a scan from its homepage must find, exactly. Every URL is absolute
 * and normalised as a crawler would (lower-case scheme and host, no default port, no fragment, the path as
 * served); every list is sorted.
 *
 * @param site the homepage URL
 * @param pages every HTML page of the site a breadth-first crawl from the homepage reaches without entering a
 *     trap or a path robots.txt disallows, and that is neither broken nor blocked
 * @param titles the {@code <title>} of every page in {@code pages}, as a correct decoder reads it
 * @param brokenLinks the links a scanner must report as broken, one entry per URL
 * @param blockedOrThrottled the links a scanner must report as blocked (persistent 403 to robots) or
 *     throttled (persistent 429)
 * @param notBroken links that must not be reported: HEAD refused but GET fine, one 429 then 200, slow but
 *     fine, a 301 to a page, attachments, a working external site
 * @param robotsDisallowed URLs linked from pages but disallowed by robots.txt: a scanner must never request
 *     them
 * @param trapEntrances the first URL of every crawler trap linked from a page; everything behind them is trap
 * @param neverFetch references that are not fetchable (fragment-only, javascript:, mailto:, tel:), as written
 *     in the HTML
 * @param content what the content checks must report; the content farm plants content defects; other farms report a clean site
 * @param duplicatePages URLs that serve a page of {@code pages} under a second name; they are not in {@code
 *     pages}, and their links are counted as their original's only. Added after the other fields: a manifest
 *     written without it reads as having none
 */
public record Manifest(
        String site,
        List<String> pages,
        Map<String, String> titles,
        List<ManifestLink> brokenLinks,
        List<ManifestLink> blockedOrThrottled,
        List<NotBrokenLink> notBroken,
        List<String> robotsDisallowed,
        List<String> trapEntrances,
        List<String> neverFetch,
        ContentTruth content,
        List<DuplicatePage> duplicatePages) {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public Manifest {
        Objects.requireNonNull(site, "site");
        pages = sorted(pages);
        titles = Collections.unmodifiableSortedMap(new TreeMap<>(titles));
        brokenLinks = brokenLinks.stream()
                .sorted(Comparator.comparing(ManifestLink::url))
                .toList();
        blockedOrThrottled = blockedOrThrottled.stream()
                .sorted(Comparator.comparing(ManifestLink::url))
                .toList();
        notBroken = notBroken.stream()
                .sorted(Comparator.comparing(NotBrokenLink::url))
                .toList();
        robotsDisallowed = sorted(robotsDisallowed);
        trapEntrances = sorted(trapEntrances);
        neverFetch = sorted(neverFetch);
        Objects.requireNonNull(content, "content");
        // null when Jackson reads a manifest written before the field existed
        duplicatePages = duplicatePages == null
                ? List.of()
                : duplicatePages.stream()
                        .sorted(Comparator.comparing(DuplicatePage::url))
                        .toList();
    }

    /** A manifest without duplicate pages (the form before {@code duplicatePages} existed). */
    public Manifest(
            String site,
            List<String> pages,
            Map<String, String> titles,
            List<ManifestLink> brokenLinks,
            List<ManifestLink> blockedOrThrottled,
            List<NotBrokenLink> notBroken,
            List<String> robotsDisallowed,
            List<String> trapEntrances,
            List<String> neverFetch,
            ContentTruth content) {
        this(
                site,
                pages,
                titles,
                brokenLinks,
                blockedOrThrottled,
                notBroken,
                robotsDisallowed,
                trapEntrances,
                neverFetch,
                content,
                List.of());
    }

    /** The manifest as indented JSON, field names as the components. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** Reads what {@link #toJson()} wrote. */
    public static Manifest fromJson(String json) {
        return JSON.readValue(json, Manifest.class);
    }

    /** The broken or blocked entry for a URL, if any. */
    public Optional<ManifestLink> finding(String url) {
        return Stream.concat(brokenLinks.stream(), blockedOrThrottled.stream())
                .filter(link -> link.url().equals(url))
                .findFirst();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
