package org.goveval.sitefarm.internal.defects;

import java.util.List;
import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.routes.StatusRoute;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.internal.site.RobotsRules;
import org.goveval.sitefarm.internal.site.SiteBuilder;

/**
 * Links that must be left alone or are fine: robots-disallowed pages, the partner site, and pages that are
 * another page under a second URL.
 */
final class LinkDefects {
    static final String OFFICE_PAGE = RobotsRules.PRIVATE + "oa/index.html";
    static final String DRAFT_PAGE = RobotsRules.PRIVATE + "draft/plan-2025.html";
    static final String INDEX_COPY = "/index.html";
    static final String SHARE_QUERY = "?from=share";

    private LinkDefects() {}

    /** Two pages under the disallowed {@code /private/}; they answer 200 to whoever ignores robots.txt. */
    static void robotsDisallowed(SiteBuilder site) {
        privatePage(site, OFFICE_PAGE, "内部办公系统");
        privatePage(site, DRAFT_PAGE, "规划草案（内部）");
        site.plant("/", Slot.RELATED, Link.a(OFFICE_PAGE, "内部办公"));
        site.plant(site.columnPath(ColumnKind.PLAN), Slot.RELATED, Link.a(DRAFT_PAGE, "规划草案（内部）"));
    }

    static void partnerLink(SiteBuilder site) {
        String url = site.farm().url(site.spec().partner().orElseThrow(), "/").toString();
        site.plant("/", Slot.FRIEND_LINKS, Link.a(url, "兄弟单位网站"));
    }

    /**
     * The homepage under {@code /index.html}, as TRS and Hanweb sites answer it, linked from the homepage's
     * 相关链接 box; and an article under a tracking parameter, linked from the article's own 分享 link. A copy is
     * linked only from its original, so a crawl always meets the original first.
     */
    static void duplicatePages(SiteBuilder site) {
        site.duplicate(INDEX_COPY, "/");
        site.plant("/", Slot.RELATED, Link.a(INDEX_COPY, "网站首页"));
        String article = site.article(ColumnKind.INTERPRETATION, 0).path();
        String shared = article + SHARE_QUERY;
        site.duplicate(shared, article);
        site.plant(article, Slot.RELATED, Link.a(shared, "分享本页"));
    }

    private static void privatePage(SiteBuilder site, String path, String title) {
        var page = site.thin().page(title, List.of("请登录后访问。"), List.of(Link.a("/", "首页")));
        site.route(path, new StatusRoute(200, page, site.thin(), new Truth.Asset()));
    }
}
