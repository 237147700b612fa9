package org.goveval.sitefarm;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be planted on a site. Each constant adds its routes and its links to fixed places of the site; the
 * manifest records every link that results. The URLs and places are listed in {@code sitefarm/README.md}.
 */
public enum Defect {
    // Broken links (manifest brokenLinks).
    /** Two links to article URLs that answer 404: one on the homepage and the first column, one deep. */
    ARTICLE_404,
    /** An attachment link answering 404, on a deep article. */
    ATTACHMENT_404,
    /** An attachment link answering 500, on a deep article. */
    ATTACHMENT_500,
    /** An {@code <img>} answering 404, on a deep article. */
    IMAGE_404,
    /** A {@code <link rel=stylesheet>} answering 404, on a column page. */
    STYLESHEET_404,
    /** A {@code <script src>} answering 404, on the homepage. */
    SCRIPT_404,
    /** An article link answering 200 with a "页面不存在" page (on a SOFT_200 site: an unknown path). */
    SOFT_404,
    /** An external link to a host under {@code .invalid}; the farm never resolves it. */
    DNS_FAILURE,
    /** An external link to a loopback port the farm holds bound without listening. */
    CONNECTION_FAILED,
    /** A link to a path that stalls for {@link FarmSpec#hang()}. */
    TIMEOUT,
    /** An https link to a loopback port that speaks plain HTTP. */
    TLS_ERROR,
    /** A link to {@code /go/a}, which redirects to {@code /go/b}, which redirects back. */
    REDIRECT_LOOP,
    /** A link to {@code /hop/1}, twelve redirects away from a page. */
    TOO_MANY_REDIRECTS,
    /** An external link to a missing article on the partner site. */
    PARTNER_404,
    // Blocked or throttled (manifest blockedOrThrottled).
    /** A link to {@code /api/busy}, which always answers 429. */
    THROTTLED,
    /** A link to {@code /members/list.html}, which answers 403 to anything but a browser's User-Agent. */
    BLOCKED_TO_ROBOTS,
    // Tricky links that work (manifest notBroken).
    /**
     * A page answering 405 to HEAD and 200 to GET; and files a checker asks with HEAD first, each refusing HEAD
     * its own way while GET answers 200: a pdf (405), a doc (403), a zip (no answer) and an {@code <img>} (501).
     */
    HEAD_NOT_ALLOWED,
    /** A page answering 429 with Retry-After: 1 to its first request, 200 afterwards. */
    RETRY_AFTER_ONCE,
    /** A page answering 200 after {@link FarmSpec#slowOk()}. */
    SLOW_OK,
    /** A link answering 301 to a column page. */
    MOVED_PERMANENTLY,
    /** An external link to the partner site's homepage. */
    PARTNER_LINK,
    // The same page under a second URL (manifest duplicatePages).
    /**
     * The homepage also served at {@code /index.html}, linked from the homepage; and the newest 政策解读 article
     * also under {@code ?from=share}, linked from the article itself. Each copy is found only on its original,
     * so the original is always crawled first.
     */
    DUPLICATE_PAGES,
    // Robots and traps.
    /** Links to pages under {@code /private/}, which robots.txt disallows. */
    ROBOTS_DISALLOWED_LINKS,
    /** A calendar whose every month links the previous and the next, forever. */
    CALENDAR_TRAP,
    /** An article link carrying a {@code ;jsessionid=}, whose page links new session ids on every render. */
    SESSION_ID_TRAP,
    /** Search results whose page N always links page N+1. */
    PAGINATION_TRAP,
    /** A relative link {@code images/x.html} that resolves one level deeper on every page. */
    REPEATED_SEGMENT_TRAP;

    /** Every defect: what the {@code defects} site of the test farm plants. */
    public static Set<Defect> all() {
        return EnumSet.allOf(Defect.class);
    }

    /** The defects that need a partner site. */
    public boolean needsPartner() {
        return this == PARTNER_404 || this == PARTNER_LINK;
    }
}
