package org.goveval.monitor.content.functions;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.goveval.monitor.fetch.FetchResult;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the functions check keeps of the crawl: small summaries per page (entries, messages, guides,
 * attachment links, images, form fields) and the responses of the few pages its findings will cite. Thread-safe:
 * every merge is synchronized, which costs little beside a fetch.
 */
final class FunctionsObserver implements PageObserver {
    /** Pages whose response is kept for evidence copies; later ones are cited without a copy. */
    static final int MAX_KEPT_PAGES = 100;
    /** Most entries kept per kind, attachment links, images and form fields: bounds memory on huge sites. */
    static final int MAX_ENTRIES = 50;

    static final int MAX_ITEMS = 50_000;

    private static final Pattern ATTACHMENT =
            Pattern.compile("(?i)\\.(pdf|doc|docx|xls|xlsx|ppt|pptx|wps|et|dps|ofd|zip|rar|7z|txt|csv)$");
    private static final Set<String> NOT_FIELDS = Set.of("hidden", "submit", "button", "image", "reset");
    private static final UrlNormalizer NORMALIZER = new UrlNormalizer();

    /** A page as findings cite it: the response when kept, else its URL, time and status. */
    record Seen(String url, String fetchedAt, Integer status, Optional<FetchResult> kept) {}

    /** A link to a function: its target (empty for javascript: and fragment links). */
    record Entry(Optional<String> url, String text, String page) {}

    /**
     * A message and the list page it was read on (the smallest URL when it is listed on several).
     *
     * @param seenAt when that page was fetched
     */
    record Listed(PublicMessage message, String page, java.time.Instant seenAt) {}

    private final Map<String, Seen> seen = new HashMap<>();
    private Optional<String> home = Optional.empty();
    private Optional<String> homeLang = Optional.empty();
    private final Map<EntryKind, Map<String, Entry>> entries = new EnumMap<>(EntryKind.class);
    private final Map<String, Listed> messages = new TreeMap<>();
    private final Map<String, ServiceGuideReader.Reading> guides = new TreeMap<>();
    private final Map<String, String> attachments = new TreeMap<>();
    /** Image URL → the smallest page showing it without alt, or "" when every page gives it one. */
    private final Map<String, String> images = new TreeMap<>();
    /** Form field (form action, tag, name) → its descriptor when unlabelled anywhere, or "" when labelled. */
    private final Map<String, String> fields = new TreeMap<>();

    @Override
    public void page(CrawledPage page) {
        if (page.role() != CrawledPage.Role.CRAWLED) {
            return;
        }
        Document document = page.document();
        String url = page.url().toString();
        List<PublicMessage> found = MessageTable.read(document);
        Optional<ServiceGuideReader.Reading> guide = ServiceGuideReader.read(document);
        boolean cite = page.homepage()
                || found.stream().anyMatch(m -> m.status() == PublicMessage.Status.UNANSWERED)
                || guide.filter(g -> !g.missing().isEmpty()).isPresent();
        synchronized (this) {
            if (page.homepage() && home.isEmpty()) {
                home = Optional.of(url);
                homeLang = Optional.of(document.select("html").attr("lang").strip())
                        .filter(s -> !s.isEmpty());
            }
            found.forEach(message -> list(message, url, page.result().fetchedAt()));
            guide.ifPresent(g -> guides.put(url, g));
        }
        links(document, page.url(), url);
        boolean flawed = images(document, page.url(), url) | fields(document, page.url(), url);
        remember(page, cite || flawed);
    }

    private synchronized void remember(CrawledPage page, boolean cite) {
        if (!cite) {
            return;
        }
        FetchResult result = page.result();
        Optional<FetchResult> kept = seen.size() < MAX_KEPT_PAGES ? Optional.of(result) : Optional.empty();
        String url = page.url().toString();
        seen.putIfAbsent(url, new Seen(url, result.fetchedAt().toString(), result.status(), kept));
    }

    private void list(PublicMessage message, String page, java.time.Instant seenAt) {
        String key = message.title() + "|" + message.asked();
        Listed before = messages.get(key);
        if (before == null || page.compareTo(before.page()) < 0) {
            messages.put(key, new Listed(message, page, seenAt));
        }
    }

    private void links(Document document, URI base, String page) {
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href").strip();
            String text = (link.text() + " " + link.attr("title") + " "
                            + link.select("img").attr("alt"))
                    .strip();
            Optional<URI> target = NORMALIZER.resolve(base, href);
            String lower = href.toLowerCase(Locale.ROOT);
            boolean script = lower.startsWith("javascript:") || lower.startsWith("#") || lower.isEmpty();
            for (EntryKind kind : EntryKind.values()) {
                if (kind.matches(text, href) && (target.isPresent() || script)) {
                    entry(kind, new Entry(target.map(URI::toString), text, page));
                }
            }
            target.filter(t -> ATTACHMENT
                            .matcher(t.getPath() == null ? "" : t.getPath())
                            .find())
                    .ifPresent(t -> attachment(t.toString(), page));
        }
    }

    private synchronized void entry(EntryKind kind, Entry entry) {
        Map<String, Entry> known = entries.computeIfAbsent(kind, k -> new TreeMap<>());
        String key = entry.url().orElse("script:" + entry.text());
        Entry before = known.get(key);
        if (before != null ? entry.page().compareTo(before.page()) < 0 : known.size() < MAX_ENTRIES) {
            known.put(key, entry);
        }
    }

    private synchronized void attachment(String url, String page) {
        String before = attachments.get(url);
        if (before != null ? page.compareTo(before) < 0 : attachments.size() < MAX_ITEMS) {
            attachments.put(url, page);
        }
    }

    /** Records the page's images; true when one lacks an alt attribute. */
    private boolean images(Document document, URI base, String page) {
        boolean flawed = false;
        for (Element image : document.select("img[src]")) {
            String src = NORMALIZER
                    .resolve(base, image.attr("src"))
                    .map(URI::toString)
                    .orElse(image.attr("src"));
            boolean alt = image.hasAttr("alt");
            flawed |= !alt;
            merge(images, src, alt ? "" : page);
        }
        return flawed;
    }

    /** Records the page's form fields; true when one has no label. */
    private boolean fields(Document document, URI base, String page) {
        boolean flawed = false;
        for (Element field : document.select("input, select, textarea")) {
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (field.tagName().equals("input") && NOT_FIELDS.contains(type)) {
                continue;
            }
            Element form = field.closest("form");
            String action = form == null
                    ? page
                    : NORMALIZER
                            .resolve(base, form.attr("action"))
                            .map(URI::toString)
                            .orElse(page);
            String name = field.attr("name").isBlank() ? field.id() : field.attr("name");
            boolean labelled = Labels.labelled(document, field);
            flawed |= !labelled;
            merge(
                    fields,
                    action + "|" + field.tagName() + "|" + name,
                    labelled ? "" : page + " " + field.tagName() + " " + name);
        }
        return flawed;
    }

    /** Keeps "" (fine everywhere) only while no page shows a flaw; of flaws, the smallest. */
    private synchronized void merge(Map<String, String> map, String key, String flaw) {
        String before = map.get(key);
        if (before == null) {
            if (map.size() < MAX_ITEMS) {
                map.put(key, flaw);
            }
        } else if (!flaw.isEmpty() && (before.isEmpty() || flaw.compareTo(before) < 0)) {
            map.put(key, flaw);
        }
    }

    synchronized Optional<String> home() {
        return home;
    }

    synchronized Optional<String> homeLang() {
        return homeLang;
    }

    synchronized Optional<Seen> seen(String url) {
        return Optional.ofNullable(seen.get(url));
    }

    synchronized List<Entry> entries(EntryKind kind) {
        return new ArrayList<>(entries.getOrDefault(kind, Map.of()).values());
    }

    synchronized List<Listed> messages() {
        return new ArrayList<>(messages.values());
    }

    synchronized Map<String, ServiceGuideReader.Reading> guides() {
        return new TreeMap<>(guides);
    }

    synchronized Map<String, String> attachments() {
        return new TreeMap<>(attachments);
    }

    synchronized Map<String, String> images() {
        return new TreeMap<>(images);
    }

    synchronized Map<String, String> fields() {
        return new TreeMap<>(fields);
    }
}
