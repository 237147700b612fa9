package org.goveval.sitefarm;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One generated site.
 *
 * @param name a short name, lower-case letters, digits and hyphens; it names the site in the request log
 * @param encoding the byte encoding of its pages
 * @param layout its URL layout
 * @param articles the number of article pages, at least one per column (9); the site adds a homepage, nine
 *     column pages and the pages its defects need
 * @param seed what titles, ids and dates are drawn from: equal seeds and clocks give equal sites
 * @param defects what is planted
 * @param soft404Style how unknown paths answer
 * @param crawlDelay a Crawl-delay line for robots.txt, whole milliseconds
 * @param partner the farm site this one links to as an external site; required by {@link Defect#PARTNER_404}
 *     and {@link Defect#PARTNER_LINK}
 * @param contentDefects what is planted in the content (see {@link ContentDefect})
 * @param contentPages whether the site also serves the pages the content checks read besides its columns (public
 *     messages, service guides, the letter form, privacy statement, site map, elder mode): the content farm's
 *     sites do; the test and benchmark farms do not, so that their page counts stay as documented
 * @param pageWeight the frame around each page's content; content defects and content pages are planted for the
 *     light frame only, so a typical-weight site carries no content defect and serves no content pages
 */
public record SiteSpec(
        String name,
        Encoding encoding,
        Layout layout,
        int articles,
        long seed,
        Set<Defect> defects,
        Soft404Style soft404Style,
        Optional<Duration> crawlDelay,
        Optional<String> partner,
        Set<ContentDefect> contentDefects,
        boolean contentPages,
        PageWeight pageWeight) {

    /** Nine columns, each with at least one article. */
    public static final int MIN_ARTICLES = 9;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    public SiteSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(defects, "defects");
        Objects.requireNonNull(soft404Style, "soft404Style");
        Objects.requireNonNull(crawlDelay, "crawlDelay");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(pageWeight, "pageWeight");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be lower-case letters, digits and hyphens: " + name);
        }
        if (articles < MIN_ARTICLES) {
            throw new IllegalArgumentException("articles must be at least " + MIN_ARTICLES + ": " + articles);
        }
        defects = defects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(defects));
        Objects.requireNonNull(contentDefects, "contentDefects");
        contentDefects = contentDefects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(contentDefects));
        checkContentDefects(name, contentDefects, defects);
        if (pageWeight != PageWeight.LIGHT && (contentPages || !contentDefects.isEmpty())) {
            throw new IllegalArgumentException(
                    "site " + name
                            + ": content defects and content pages need the light page weight (their truths are written for it)");
        }
        crawlDelay.ifPresent(SiteSpec::checkCrawlDelay);
        boolean needsPartner = defects.stream().anyMatch(Defect::needsPartner);
        if (needsPartner && partner.isEmpty()) {
            throw new IllegalArgumentException("site " + name + ": partner is required by PARTNER_404/PARTNER_LINK");
        }
        if (partner.filter(name::equals).isPresent()) {
            throw new IllegalArgumentException("site " + name + ": partner cannot be the site itself");
        }
    }

    /** A UTF-8, TRS-layout site answering real 404s, with no defect, no crawl delay and no partner. */
    public static SiteSpec of(String name, int articles, long seed) {
        return new SiteSpec(
                name,
                Encoding.UTF_8,
                Layout.TRS,
                articles,
                seed,
                Set.of(),
                Soft404Style.REAL_404,
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                false,
                PageWeight.LIGHT);
    }

    public SiteSpec withEncoding(Encoding newEncoding) {
        return new SiteSpec(
                name,
                newEncoding,
                layout,
                articles,
                seed,
                defects,
                soft404Style,
                crawlDelay,
                partner,
                contentDefects,
                contentPages,
                pageWeight);
    }

    public SiteSpec withLayout(Layout newLayout) {
        return new SiteSpec(
                name,
                encoding,
                newLayout,
                articles,
                seed,
                defects,
                soft404Style,
                crawlDelay,
                partner,
                contentDefects,
                contentPages,
                pageWeight);
    }

    public SiteSpec withDefects(Set<Defect> newDefects) {
        return new SiteSpec(
                name,
                encoding,
                layout,
                articles,
                seed,
                newDefects,
                soft404Style,
                crawlDelay,
                partner,
                contentDefects,
                contentPages,
                pageWeight);
    }

    public SiteSpec withSoft404Style(Soft404Style newStyle) {
        return new SiteSpec(
                name,
                encoding,
                layout,
                articles,
                seed,
                defects,
                newStyle,
                crawlDelay,
                partner,
                contentDefects,
                contentPages,
                pageWeight);
    }

    public SiteSpec withCrawlDelay(Duration delay) {
        return new SiteSpec(
                name,
                encoding,
                layout,
                articles,
                seed,
                defects,
                soft404Style,
                Optional.of(delay),
                partner,
                contentDefects,
                contentPages,
                pageWeight);
    }

    public SiteSpec withPartner(String partnerName) {
        return new SiteSpec(
                name,
                encoding,
                layout,
                articles,
                seed,
                defects,
                soft404Style,
                crawlDelay,
                Optional.of(partnerName),
                contentDefects,
                contentPages,
                pageWeight);
    }

    public SiteSpec withContentDefects(Set<ContentDefect> newDefects) {
        return new SiteSpec(
                name,
                encoding,
                layout,
                articles,
                seed,
                defects,
                soft404Style,
                crawlDelay,
                partner,
                newDefects,
                contentPages,
                pageWeight);
    }

    /** The same site serving the pages the content checks read (see {@code contentPages}). */
    public SiteSpec withContentPages() {
        return new SiteSpec(
                name,
                encoding,
                layout,
                articles,
                seed,
                defects,
                soft404Style,
                crawlDelay,
                partner,
                contentDefects,
                true,
                pageWeight);
    }

    /** The same site with another frame around its pages (see {@link PageWeight}). */
    public SiteSpec withPageWeight(PageWeight newWeight) {
        return new SiteSpec(
                name,
                encoding,
                layout,
                articles,
                seed,
                defects,
                soft404Style,
                crawlDelay,
                partner,
                contentDefects,
                contentPages,
                newWeight);
    }

    /**
     * A defect that takes a part away cannot share a site with one that flaws that part, and a site without one of
     * the nine columns cannot carry link defects (some are planted on every column).
     */
    private static void checkContentDefects(String name, Set<ContentDefect> contentDefects, Set<Defect> defects) {
        for (ContentDefect defect : contentDefects) {
            for (ContentDefect excluded : defect.excludes()) {
                if (contentDefects.contains(excluded)) {
                    throw new IllegalArgumentException(
                            "site " + name + ": " + defect + " takes away what " + excluded + " flaws");
                }
            }
            if (defect.removesColumn() && !defects.isEmpty()) {
                throw new IllegalArgumentException(
                        "site " + name + ": " + defect + " removes a column that link defects are planted on");
            }
        }
    }

    private static void checkCrawlDelay(Duration delay) {
        if (delay.isNegative() || delay.isZero() || delay.toNanos() % 1_000_000 != 0) {
            throw new IllegalArgumentException("crawlDelay must be positive whole milliseconds: " + delay);
        }
    }
}
