package org.goveval.monitor.links;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every link of a page that a visitor's browser would follow or load: anchors and image maps, images,
 * scripts, stylesheets and icons, frames, embedded media and objects. {@code javascript:}, {@code mailto:},
 * {@code tel:}, {@code data:} and fragment-only links are not links to check and are left out.
 */
public final class LinkExtractor {
    /**
     * Where links are, in the order they are reported (all anchors first, then image maps …; document order
     * within each). The order matters: the first occurrence of a URL decides how it is judged.
     */
    private enum Source {
        ANCHOR("a", "href", LinkType.ANCHOR),
        AREA("area", "href", LinkType.ANCHOR),
        IMAGE("img", "src", LinkType.IMAGE),
        IMAGE_INPUT("input", "src", LinkType.IMAGE),
        SCRIPT("script", "src", LinkType.SCRIPT),
        STYLESHEET("link", "href", LinkType.STYLESHEET),
        ICON("link", "href", LinkType.IMAGE),
        IFRAME("iframe", "src", LinkType.FRAME),
        FRAME("frame", "src", LinkType.FRAME),
        EMBED("embed", "src", LinkType.MEDIA),
        OBJECT("object", "data", LinkType.MEDIA),
        MEDIA("video audio source", "src", LinkType.MEDIA);

        private final List<String> tags;
        private final String attribute;
        private final LinkType type;

        Source(String tags, String attribute, LinkType type) {
            this.tags = List.of(tags.split(" "));
            this.attribute = attribute;
            this.type = type;
        }

        /**
         * Whether an element of one of this source's tags holds a link of it: what the selectors {@code
         * a[href]}, {@code input[type=image][src]}, {@code link[href][rel~=(?i)stylesheet]}, {@code
         * link[href][rel~=(?i)icon]} … select, tested on one element.
         */
        boolean matches(Element element) {
            if (!element.hasAttr(attribute)) {
                return false;
            }
            return switch (this) {
                case IMAGE_INPUT ->
                    element.attr("type").equalsIgnoreCase("image"); // not trimmed, as jsoup's [type=image]
                case STYLESHEET -> element.hasAttr("rel") && containsAscii(element.attr("rel"), "stylesheet");
                case ICON -> element.hasAttr("rel") && containsAscii(element.attr("rel"), "icon");
                default -> true;
            };
        }
    }

    /** The sources of each tag name. */
    private static final Map<String, List<Source>> BY_TAG = Arrays.stream(Source.values())
            .flatMap(source -> source.tags.stream().map(tag -> Map.entry(tag, source)))
            .collect(Collectors.groupingBy(
                    Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

    private static final Source[] SOURCES = Source.values();

    private static final List<String> NOT_FETCHED =
            List.of("javascript:", "mailto:", "tel:", "data:", "sms:", "about:");

    private final UrlNormalizer normalizer;

    public LinkExtractor(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Parses HTML text fetched from {@code pageUri}. */
    public static Document parse(String html, URI pageUri) {
        return Jsoup.parse(html, pageUri.toString());
    }

    /**
     * The links of a parsed page, duplicates included (one per occurrence): grouped by where they are (see
     * {@link Source}), in document order within each group. One walk over the page finds them all.
     */
    public List<Link> extract(Document page) {
        List<List<Element>> found = new ArrayList<>(SOURCES.length);
        for (int i = 0; i < SOURCES.length; i++) {
            found.add(new ArrayList<>());
        }
        Element declaredBase = null;
        for (Element element : page.getAllElements()) {
            for (Source source : BY_TAG.getOrDefault(element.normalName(), List.of())) {
                if (source.matches(element)) {
                    found.get(source.ordinal()).add(element);
                }
            }
            if (declaredBase == null && element.normalName().equals("base") && element.hasAttr("href")) {
                declaredBase = element;
            }
        }
        URI base = baseOf(page, declaredBase);
        List<Link> links = new ArrayList<>();
        for (Source source : SOURCES) {
            for (Element element : found.get(source.ordinal())) {
                String raw = element.attr(source.attribute);
                toLink(base, raw, source.type, element).ifPresent(links::add);
            }
        }
        return links;
    }

    private Optional<Link> toLink(URI base, String raw, LinkType type, Element element) {
        String value = raw.strip();
        if (value.isEmpty() || value.startsWith("#") || neverFetched(value)) {
            return Optional.empty();
        }
        String text = type == LinkType.IMAGE ? element.attr("alt") : element.text();
        return normalizer.resolve(base, value).map(target -> new Link(target, raw, type, text.strip()));
    }

    private static boolean neverFetched(String value) {
        for (String scheme : NOT_FETCHED) {
            if (value.length() >= scheme.length() && asciiEqualsIgnoreCase(value, 0, scheme)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} contains {@code lowerWord}, ASCII letters in any case (as a {@code (?i)} regex). */
    private static boolean containsAscii(String text, String lowerWord) {
        for (int i = 0; i + lowerWord.length() <= text.length(); i++) {
            if (asciiEqualsIgnoreCase(text, i, lowerWord)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiEqualsIgnoreCase(String text, int from, String lowerWord) {
        for (int j = 0; j < lowerWord.length(); j++) {
            char c = text.charAt(from + j);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerWord.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The page's URL, or its first {@code <base href>} when that resolves to a URL. */
    private static URI baseOf(Document page, Element declared) {
        String base = page.location();
        if (declared != null && !declared.absUrl("href").isEmpty()) {
            base = declared.absUrl("href");
        }
        try {
            return new URI(base);
        } catch (java.net.URISyntaxException e) {
            return URI.create(page.location());
        }
    }
}
