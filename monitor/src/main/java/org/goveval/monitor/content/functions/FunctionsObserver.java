package org.goveval.monitor.content.functions;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.goveval.monitor.content.Cap;
import org.goveval.monitor.content.CitablePage;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What the functions check keeps of the crawl: small summaries per page (entries, messages, guides, attachment
 * links, images, form fields), each collection within its {@link ContentLimits} cap, and the pages its findings
 * will cite as {@link CitablePage}s (the copy stored while the page is seen, at most {@link
 * ContentLimits#evidenceCopies()}; the home page always). No response outlives its page's observation.
 * Thread-safe: every merge is synchronized, which costs little beside a fetch.
 */
final class FunctionsObserver implements PageObserver {
    private static final Pattern ATTACHMENT =
            Pattern.compile("(?i)\\.(pdf|doc|docx|xls|xlsx|ppt|pptx|wps|et|dps|ofd|zip|rar|7z|txt|csv)$");
    private static final Set<String> NOT_FIELDS = Set.of("hidden", "submit", "button", "image", "reset");
    private static final UrlNormalizer NORMALIZER = new UrlNormalizer();

    /**
     * The home page as the check needs it after the crawl.
     *
     * @param lang its {@code <html lang>}, if any
     * @param search what it says about the site search
     * @param page the page as findings cite it (requested URL), with its copy
     */
    record Home(String url, Optional<String> lang, SearchProbe.Plan search, CitablePage page) {}

    /** A link to a function: its target (empty for javascript: and fragment links). */
    record Entry(Optional<String> url, String text, String page) {}

    /**
     * A message and the list page it was read on (the smallest URL when it is listed on several).
     *
     * @param seenAt when that page was fetched
     */
    record Listed(PublicMessage message, String page, Instant seenAt, CitablePage cited) {}

    /** A service guide as read, and its page as findings cite it. */
    record Guide(ServiceGuideReader.Reading reading, CitablePage cited) {}

    /**
     * How an image or form field fares: fine everywhere ({@link #FINE}), or the first flaw (by description) and
     * the page that shows it.
     *
     * @param description for an image the page's URL, for a field {@code page tag name}; "" when fine
     */
    record Flaw(String description, @Nullable CitablePage page) {
        static final Flaw FINE = new Flaw("", null);

        boolean flawed() {
            return page != null;
        }
    }

    private final EvidenceStore store;
    private final Cap copies;
    private final Cap messagesCap;
    private final Cap guidesCap;
    private final Map<EntryKind, Cap> entriesCap = new EnumMap<>(EntryKind.class);
    private final Cap attachmentsCap;
    private final Cap imagesCap;
    private final Cap fieldsCap;

    private final Map<String, CitablePage> copied = new ConcurrentHashMap<>();
    private @Nullable Home home;
    private final Map<EntryKind, Map<String, Entry>> entries = new EnumMap<>(EntryKind.class);
    private final Map<String, Listed> messages = new TreeMap<>();
    private final Map<String, Guide> guides = new TreeMap<>();
    private final Map<String, String> attachments = new TreeMap<>();
    private final Map<String, Flaw> images = new TreeMap<>();
    private final Map<String, Flaw> fields = new TreeMap<>();

    FunctionsObserver(ContentLimits limits, EvidenceStore store) {
        this.store = store;
        this.copies = new Cap("evidenceCopies", "抓取时保存的证据副本", limits.evidenceCopies());
        this.messagesCap = new Cap("messages", "读取的公开留言", limits.messages());
        this.guidesCap = new Cap("serviceGuides", "读取的办事指南", limits.serviceGuides());
        for (EntryKind kind : EntryKind.values()) {
            entriesCap.put(kind, new Cap("entryLinks", kind.label() + "入口链接", limits.entryLinks()));
        }
        this.attachmentsCap = new Cap("attachments", "附件和表格链接", limits.attachments());
        this.imagesCap = new Cap("images", "判断替代文本的图片", limits.images());
        this.fieldsCap = new Cap("formFields", "判断标签的表单项", limits.formFields());
    }

    @Override
    public void page(CrawledPage page) {
        if (page.role() != CrawledPage.Role.CRAWLED) {
            return;
        }
        Document document = page.document();
        String url = page.url().toString();
        List<PublicMessage> found = MessageTable.read(document);
        Optional<ServiceGuideReader.Reading> guide = ServiceGuideReader.read(document);
        Map<String, Boolean> pageImages = images(document, page.url());
        Map<String, String> pageFields = fields(document, page.url(), url);
        boolean cite = found.stream().anyMatch(m -> m.status() == PublicMessage.Status.UNANSWERED)
                || guide.filter(g -> !g.missing().isEmpty()).isPresent()
                || pageImages.containsValue(false)
                || pageFields.values().stream().anyMatch(flaw -> !flaw.isEmpty());
        CitablePage cited = cite ? citable(page) : CitablePage.uncopied(page.result(), url);
        synchronized (this) {
            found.forEach(message -> list(message, url, page.result().fetchedAt(), cited));
            guide.ifPresent(g -> guide(url, new Guide(g, cited)));
            pageImages.forEach((src, alt) -> merge(images, imagesCap, src, alt ? Flaw.FINE : new Flaw(url, cited)));
            pageFields.forEach(
                    (key, flaw) -> merge(fields, fieldsCap, key, flaw.isEmpty() ? Flaw.FINE : new Flaw(flaw, cited)));
        }
        links(document, page.url(), url);
        if (page.homepage() && home().isEmpty()) {
            home(page, document);
        }
    }

    /** The page as findings cite it, with a copy while the copies last; kept by URL when it has one. */
    private CitablePage citable(CrawledPage page) {
        String url = page.url().toString();
        if (!copies.tryTake()) {
            return CitablePage.uncopied(page.result(), url);
        }
        CitablePage cited = store.citable(page);
        copied.putIfAbsent(url, cited);
        return cited;
    }

    /** Reads the home page once: its language, its search and its copy (always kept). */
    private void home(CrawledPage page, Document document) {
        SearchProbe.Plan search = SearchProbe.plan(page.result().finalUri(), document);
        Optional<String> lang =
                Optional.of(document.select("html").attr("lang").strip()).filter(s -> !s.isEmpty());
        CitablePage cited =
                store.citable(page.result(), page.result().requested().toString());
        String url = page.url().toString();
        synchronized (this) {
            if (home == null) {
                home = new Home(url, lang, search, cited);
                copied.putIfAbsent(url, new CitablePage(url, cited.fetchedAt(), cited.status(), cited.copy()));
            }
        }
    }

    private void list(PublicMessage message, String page, Instant seenAt, CitablePage cited) {
        String key = message.title() + "|" + message.asked();
        Listed before = messages.get(key);
        if (before == null ? messagesCap.tryTake() : page.compareTo(before.page()) < 0) {
            messages.put(key, new Listed(message, page, seenAt, cited));
        }
    }

    private void guide(String url, Guide guide) {
        if (guides.containsKey(url) || guidesCap.tryTake()) {
            guides.put(url, guide);
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
        if (before == null ? entriesCap.get(kind).tryTake() : entry.page().compareTo(before.page()) < 0) {
            known.put(key, entry);
        }
    }

    private synchronized void attachment(String url, String page) {
        String before = attachments.get(url);
        if (before == null ? attachmentsCap.tryTake() : page.compareTo(before) < 0) {
            attachments.put(url, page);
        }
    }

    /** The page's images: source → whether every one of them on the page has an alt attribute. */
    private static Map<String, Boolean> images(Document document, URI base) {
        Map<String, Boolean> found = new TreeMap<>();
        for (Element image : document.select("img[src]")) {
            String src = NORMALIZER
                    .resolve(base, image.attr("src"))
                    .map(URI::toString)
                    .orElse(image.attr("src"));
            found.merge(src, image.hasAttr("alt"), Boolean::logicalAnd);
        }
        return found;
    }

    /** The page's form fields: (form action, tag, name) → "" when labelled, else {@code page tag name}. */
    private static Map<String, String> fields(Document document, URI base, String page) {
        Map<String, String> found = new TreeMap<>();
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
            String flaw = Labels.labelled(document, field) ? "" : page + " " + field.tagName() + " " + name;
            found.merge(action + "|" + field.tagName() + "|" + name, flaw, FunctionsObserver::worse);
        }
        return found;
    }

    /** Of two judgements of one thing, the flaw; of two flaws, the smaller. */
    private static String worse(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Keeps {@link Flaw#FINE} only while no page shows a flaw; of flaws, the smallest description. */
    private static void merge(Map<String, Flaw> map, Cap cap, String key, Flaw flaw) {
        Flaw before = map.get(key);
        if (before == null) {
            if (cap.tryTake()) {
                map.put(key, flaw);
            }
        } else if (flaw.flawed() && (!before.flawed() || flaw.description().compareTo(before.description()) < 0)) {
            map.put(key, flaw);
        }
    }

    synchronized Optional<Home> home() {
        return Optional.ofNullable(home);
    }

    /** The page of that URL as a finding cites it, when the check kept its copy. */
    Optional<CitablePage> copied(String url) {
        return Optional.ofNullable(copied.get(url));
    }

    synchronized List<Entry> entries(EntryKind kind) {
        return new ArrayList<>(entries.getOrDefault(kind, Map.of()).values());
    }

    synchronized List<Listed> messages() {
        return new ArrayList<>(messages.values());
    }

    synchronized Map<String, Guide> guides() {
        return new TreeMap<>(guides);
    }

    synchronized Map<String, String> attachments() {
        return new TreeMap<>(attachments);
    }

    synchronized Map<String, Flaw> images() {
        return new TreeMap<>(images);
    }

    synchronized Map<String, Flaw> fields() {
        return new TreeMap<>(fields);
    }

    /** Every cap but the copies', in the order their findings are reported. */
    List<Cap> caps() {
        List<Cap> caps = new ArrayList<>(List.of(messagesCap, guidesCap));
        caps.addAll(entriesCap.values());
        caps.addAll(List.of(attachmentsCap, imagesCap, fieldsCap));
        return caps;
    }
}
