package org.goveval.sitefarm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An independent breadth-first crawl of a farm site with jsoup, bounded by a depth limit instead of trap
 * detection: it reads robots.txt, follows up to ten redirects, waits once on a 429 with Retry-After, gives up
 * after one second, and takes a 200 whose body equals the answer to a random URL for a soft 404. Pages are
 * marked as behind a trap when their first path from the homepage passes a URL of {@code trapEntrances}. A real
 * page whose bytes equal an earlier real page's is that page under a second URL: a duplicate, whose references
 * are not recorded again.
 */
final class JsoupWalk {
    private static final Pattern CHARSET = Pattern.compile("charset=[\"']?([A-Za-z0-9_-]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** A page found: its depth and the trap entrance it lies behind, if any. */
    record Found(String url, int depth, Optional<String> trap, String title) {}

    private record Node(URI url, int depth, Optional<String> trap) {}

    private final FarmSite site;
    private final Set<String> trapEntrances;
    private final List<String> disallowed = new ArrayList<>();
    private final Map<String, Found> pages = new TreeMap<>();
    private final Map<String, Set<String>> sources = new TreeMap<>();
    private final Set<String> neverFetch = new TreeSet<>();
    private final Map<ByteBuffer, String> firstByBody = new HashMap<>();
    private final Map<String, String> duplicates = new TreeMap<>();
    private byte[] notFoundBody = new byte[0];

    JsoupWalk(FarmSite site, Set<String> trapEntrances) {
        this.site = site;
        this.trapEntrances = trapEntrances;
    }

    JsoupWalk run(int depthLimit) {
        readRobots();
        notFoundBody = Http.get(site.url("/no-such-page-" + System.nanoTime() + ".html"))
                .body();
        Deque<Node> queue = new ArrayDeque<>(List.of(new Node(site.homepage(), 0, Optional.empty())));
        Set<String> seen = new HashSet<>(Set.of(site.homepage().toString()));
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            Optional<Document> page = fetchPage(node);
            if (page.isEmpty() || node.depth() == depthLimit) {
                continue;
            }
            for (Element anchor : page.get().select("a[href]")) {
                Optional<URI> next = sameSiteTarget(anchor.attr("href"), anchor.absUrl("href"));
                if (next.isPresent() && seen.add(next.get().toString())) {
                    String url = next.get().toString();
                    Optional<String> trap =
                            node.trap().or(() -> Optional.of(url).filter(trapEntrances::contains));
                    queue.add(new Node(next.get(), node.depth() + 1, trap));
                }
            }
        }
        return this;
    }

    /** Pages found not behind a trap. */
    Map<String, Found> realPages() {
        Map<String, Found> real = new TreeMap<>();
        pages.forEach((url, found) -> {
            if (found.trap().isEmpty()) {
                real.put(url, found);
            }
        });
        return real;
    }

    /** Pages found behind traps. */
    List<Found> trapPages() {
        return pages.values().stream().filter(found -> found.trap().isPresent()).toList();
    }

    /** Every fetchable reference (a, img, link, script) on real pages, with the real pages carrying it. */
    Map<String, Set<String>> sources() {
        return sources;
    }

    /** Pages whose bytes equal those of a page found before, each with that page. */
    Map<String, String> duplicates() {
        return duplicates;
    }

    /** Every javascript:, mailto:, tel: and fragment-only reference on real pages, as written. */
    Set<String> neverFetch() {
        return neverFetch;
    }

    private Optional<Document> fetchPage(Node node) {
        Optional<HttpResponse<byte[]>> response = fetch(node.url());
        if (response.isEmpty() || response.get().statusCode() != 200 || !isHtml(response.get())) {
            return Optional.empty();
        }
        if (Arrays.equals(response.get().body(), notFoundBody)) {
            return Optional.empty();
        }
        String url = response.get().uri().toString();
        Document document = Jsoup.parse(decode(response.get()), url);
        if (pages.containsKey(url) || duplicates.containsKey(url)) {
            return Optional.empty();
        }
        // trap pages may well repeat each other's bytes (a relative link one level deeper): only real pages
        String first = node.trap().isPresent()
                ? null
                : firstByBody.putIfAbsent(ByteBuffer.wrap(response.get().body()), url);
        if (first != null) {
            duplicates.put(url, first);
            return Optional.empty();
        }
        pages.put(url, new Found(url, node.depth(), node.trap(), document.title()));
        if (node.trap().isEmpty()) {
            recordReferences(document, url);
        }
        return Optional.of(document);
    }

    /** GET with up to ten redirects and one wait on a 429; empty on any failure. */
    private Optional<HttpResponse<byte[]>> fetch(URI url) {
        URI current = url;
        boolean waited = false;
        for (int hop = 0; hop <= 10; hop++) {
            HttpResponse<byte[]> response;
            try {
                response = Http.CLIENT.send(
                        Http.request(current).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            int status = response.statusCode();
            if (status == 429 && !waited) {
                waited = true;
                hop--;
                sleepRetryAfter(response);
            } else if (status / 100 == 3) {
                current = current.resolve(
                        response.headers().firstValue("Location").orElseThrow());
            } else {
                return Optional.of(response);
            }
        }
        return Optional.empty();
    }

    private void recordReferences(Document document, String page) {
        for (Element element : document.select("a[href], link[href], img[src], script[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String raw = element.attr(attribute);
            if (isNeverFetched(raw)) {
                neverFetch.add(raw);
            } else {
                String absolute = withoutFragment(element.absUrl(attribute));
                sources.computeIfAbsent(absolute, key -> new TreeSet<>()).add(page);
            }
        }
    }

    private Optional<URI> sameSiteTarget(String raw, String absolute) {
        if (isNeverFetched(raw)) {
            return Optional.empty();
        }
        URI target = URI.create(withoutFragment(absolute));
        boolean sameSite = "http".equals(target.getScheme())
                && site.homepage().getRawAuthority().equals(target.getRawAuthority());
        boolean allowed = disallowed.stream().noneMatch(target.getRawPath()::startsWith);
        return sameSite && allowed ? Optional.of(target) : Optional.empty();
    }

    private void readRobots() {
        String robots = new String(Http.get(site.url("/robots.txt")).body(), StandardCharsets.UTF_8);
        for (String line : robots.split("\n")) {
            if (line.startsWith("Disallow:") && !line.substring(9).isBlank()) {
                disallowed.add(line.substring(9).strip());
            }
        }
    }

    private static boolean isHtml(HttpResponse<byte[]> response) {
        Optional<String> type = response.headers().firstValue("Content-Type");
        return type.map(value -> value.startsWith("text/html"))
                .orElseGet(() -> new String(
                                response.body(), 0, Math.min(15, response.body().length), StandardCharsets.US_ASCII)
                        .equalsIgnoreCase("<!DOCTYPE html>"));
    }

    /** The header's charset, else the meta tag's; gb2312 and gbk are read as GB18030, their superset. */
    static String decode(HttpResponse<byte[]> response) {
        String ascii = new String(response.body(), StandardCharsets.ISO_8859_1);
        String declared = response.headers().firstValue("Content-Type").orElse("");
        Matcher matcher = CHARSET.matcher(declared.contains("charset") ? declared : ascii);
        String name = matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "utf-8";
        Charset charset = name.startsWith("gb") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        return new String(response.body(), charset);
    }

    private static boolean isNeverFetched(String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        return value.startsWith("#")
                || value.startsWith("javascript:")
                || value.startsWith("mailto:")
                || value.startsWith("tel:");
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static void sleepRetryAfter(HttpResponse<byte[]> response) {
        // Waiting is what Retry-After asks for: part of the protocol, not a guess at timing.
        long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
        try {
            Thread.sleep(Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, String> titles(Map<String, Found> pages) {
        Map<String, String> titles = new HashMap<>();
        pages.forEach((url, found) -> titles.put(url, found.title()));
        return titles;
    }
}
