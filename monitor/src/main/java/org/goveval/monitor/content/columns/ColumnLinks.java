package org.goveval.monitor.content.columns;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Where a page points at columns: its navigation, the 更多 links that close the blocks of a home page, and
 * the links of a site map.
 */
final class ColumnLinks {
    private static final Pattern MORE =
            Pattern.compile("(?:更多|查看更多|more)[>》+＋»]*|[>》+＋»]{1,3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_MAP_NAME = Pattern.compile("网站地图|站点地图|网站导航");
    private static final Pattern SITE_MAP_PATH = Pattern.compile("sitemap|wzdt|zddt", Pattern.CASE_INSENSITIVE);
    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6, [class~=(?i)(title|tit|hd|head)], strong";
    private static final UrlNormalizer NORMALIZER = new UrlNormalizer();

    private ColumnLinks() {}

    /** The links of the page's navigation, named by their text. */
    static List<NamedLink> navigation(Document document) {
        List<NamedLink> links = new ArrayList<>();
        for (Element a : document.select("a[href]")) {
            if (Regions.inNavigation(a)) {
                named(a, a.text()).ifPresent(links::add);
            }
        }
        return links;
    }

    /** The 更多 links, each named by the heading of the block it closes (empty when the block has none). */
    static List<NamedLink> more(Document document) {
        List<NamedLink> links = new ArrayList<>();
        for (Element a : document.select("a[href]")) {
            boolean more = MORE.matcher(a.text().replaceAll("\\s", "")).matches()
                    || a.className().toLowerCase(Locale.ROOT).contains("more");
            if (more && !Regions.inNavigation(a)) {
                named(a, heading(a)).ifPresent(links::add);
            }
        }
        return links;
    }

    /** Whether the page is a site map: so named in its title or main heading, or in its path. */
    static boolean isSiteMap(Document document, URI url) {
        String heading = document.select("h1").text();
        return SITE_MAP_NAME.matcher(document.title()).find()
                || SITE_MAP_NAME.matcher(heading).find()
                || SITE_MAP_PATH
                        .matcher(url.getPath() == null ? "" : url.getPath())
                        .find();
    }

    /** The links of a site map's content (its frame left out), named by their text. */
    static List<NamedLink> siteMap(Document document) {
        List<NamedLink> links = new ArrayList<>();
        for (Element a : document.select("a[href]")) {
            if (!Regions.inFrame(a)) {
                named(a, a.text()).ifPresent(links::add);
            }
        }
        return links;
    }

    private static Optional<NamedLink> named(Element a, String name) {
        String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
        if (href.startsWith("javascript:") || href.startsWith("#") || href.startsWith("mailto:")) {
            return Optional.empty();
        }
        return NORMALIZER.normalize(a.absUrl("href")).map(url -> new NamedLink(url.toString(), clean(name)));
    }

    /** The text of the nearest heading in the block around {@code a} (up to four levels up). */
    private static String heading(Element a) {
        Element block = a.parent();
        for (int level = 0; level < 4 && block != null; level++, block = block.parent()) {
            for (Element heading : block.select(HEADINGS)) {
                String text = heading.text();
                if (!heading.equals(a)
                        && !heading.select("a").contains(a)
                        && !MORE.matcher(text.replaceAll("\\s", "")).matches()
                        && !text.isBlank()) {
                    return text.replaceAll("(更多|more)[>》+＋»]*", "");
                }
            }
        }
        return "";
    }

    /** A name as shown: white space collapsed, at most 40 characters. */
    static String clean(String name) {
        String flat = name.strip().replaceAll("\\s+", " ");
        return flat.length() <= 40 ? flat : flat.substring(0, 40);
    }
}
