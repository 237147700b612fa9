package org.goveval.sitefarm;

import java.util.Optional;

/**
 * How much of the shared frame a site's pages carry around their own content.
 *
 * <p>Why two: the light frame (header, nine-column navigation, footer with the identification marks) keeps the
 * test sites' pages small and their truths easy to read, about 3 KiB a page. Real pages are about ten times that:
 * the Web Almanac's median HTML document was 27 KB on mobile and 29 KB on desktop in 2021, and government portals
 * carry more frame than most (second-level menus, the meta tags the 政府网站发展指引 asks for, lists of related
 * government sites, inline scripts and styles). How far a scanner's fixed work per page weighs against parsing
 * depends on that weight, so the benchmarks measure both.
 */
public enum PageWeight {
    /** The frame every page of a test site carries: about 3 KiB a page on the benchmark farm. */
    LIGHT,
    /**
     * The light frame plus what a real portal page carries around its content: the site meta tags, an inline
     * style sheet, a top bar, a second-level menu listing each column's latest articles, the "热点信息" and
     * "办事服务" side lists, the "相关链接" selects of related government sites and an inline statistics script.
     * About 30 KiB a page on the benchmark farm. Every link it adds points to a page the site serves (or is never
     * fetched: {@code javascript:}, a fragment), so the farm's link truths are those of the light frame, and so
     * are its content truths (the frame moves no column, date or mark).
     */
    TYPICAL;

    /** The weight by its command-line name ({@code light}, {@code typical}); empty for any other. */
    public static Optional<PageWeight> named(String name) {
        return switch (name) {
            case "light" -> Optional.of(LIGHT);
            case "typical" -> Optional.of(TYPICAL);
            default -> Optional.empty();
        };
    }
}
