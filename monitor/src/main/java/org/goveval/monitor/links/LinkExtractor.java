package org.goveval.monitor.links;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private record Source(String selector, String attribute, LinkType type) {}

    private static final List<Source> SOURCES = List.of(
            new Source("a[href]", "href", LinkType.ANCHOR),
            new Source("area[href]", "href", LinkType.ANCHOR),
            new Source("img[src]", "src", LinkType.IMAGE),
            new Source("input[type=image][src]", "src", LinkType.IMAGE),
            new Source("script[src]", "src", LinkType.SCRIPT),
            new Source("link[href][rel~=(?i)stylesheet]", "href", LinkType.STYLESHEET),
            new Source("link[href][rel~=(?i)icon]", "href", LinkType.IMAGE),
            new Source("iframe[src]", "src", LinkType.FRAME),
            new Source("frame[src]", "src", LinkType.FRAME),
            new Source("embed[src]", "src", LinkType.MEDIA),
            new Source("object[data]", "data", LinkType.MEDIA),
            new Source("video[src], audio[src], source[src]", "src", LinkType.MEDIA));

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

    /** The links of a parsed page, in document order, duplicates included (one per occurrence). */
    public List<Link> extract(Document page) {
        URI base = baseOf(page);
        List<Link> links = new ArrayList<>();
        for (Source source : SOURCES) {
            for (Element element : page.select(source.selector())) {
                String raw = element.attr(source.attribute());
                toLink(base, raw, source.type(), element).ifPresent(links::add);
            }
        }
        return links;
    }

    private Optional<Link> toLink(URI base, String raw, LinkType type, Element element) {
        String value = raw.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.startsWith("#") || NOT_FETCHED.stream().anyMatch(lower::startsWith)) {
            return Optional.empty();
        }
        String text = type == LinkType.IMAGE ? element.attr("alt") : element.text();
        return normalizer.resolve(base, value).map(target -> new Link(target, raw, type, text.strip()));
    }

    /** The page's URL, or its {@code <base href>} when it declares one. */
    private static URI baseOf(Document page) {
        String base = page.location();
        Element declared = page.selectFirst("base[href]");
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
