package org.goveval.sitefarm.internal.defects;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.PageModel;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.routes.CalendarTrapRoute;
import org.goveval.sitefarm.internal.routes.PaginationTrapRoute;
import org.goveval.sitefarm.internal.routes.RepeatedSegmentTrapRoute;
import org.goveval.sitefarm.internal.routes.SessionTrapRoute;
import org.goveval.sitefarm.internal.site.SiteBuilder;

/** Crawler traps reachable from real pages: endless URL spaces whose pages are thin and never real pages. */
final class TrapDefects {
    /** The real page whose relative link {@code images/x.html} starts the repeated-segment trap. */
    static final String FEATURE_PAGE = "/a/index.html";

    private TrapDefects() {}

    /** The calendar opens at the clock's month. */
    static void calendar(SiteBuilder site) {
        YearMonth month = YearMonth.from(site.farm().today());
        site.route(CalendarTrapRoute.PATH, new CalendarTrapRoute(site.thin(), month));
        site.plant(site.columnPath(ColumnKind.NEWS), Slot.RELATED, Link.a(CalendarTrapRoute.href(month), "活动日历"));
    }

    /** The entrance carries a session id drawn from the seed; every trap page links fresh random ones. */
    static void sessionId(SiteBuilder site) {
        Random random = new Random(site.spec().seed());
        String id = String.format(Locale.ROOT, "%016X%016X", random.nextLong(), random.nextLong());
        String entrance =
                SessionTrapRoute.withSession(site.article(ColumnKind.SERVICE, 0).path(), id);
        site.pattern(SessionTrapRoute::matches, new SessionTrapRoute(site.thin()));
        site.plant(site.columnPath(ColumnKind.SERVICE), Slot.RELATED, Link.a(entrance, "在线办理"));
    }

    /** The search results route is standard; the trap is the link into it. */
    static void pagination(SiteBuilder site) {
        site.plant("/", Slot.RELATED, Link.a(PaginationTrapRoute.href(1), "热门搜索"));
    }

    static void repeatedSegment(SiteBuilder site) {
        RepeatedSegmentTrapRoute trap = new RepeatedSegmentTrapRoute(site.thin(), "/a/");
        site.pattern(trap::matches, trap);
        PageModel.Special feature = new PageModel.Special(
                FEATURE_PAGE,
                "优化营商环境专题",
                Optional.of(ColumnKind.SPECIAL),
                List.of("持续打造市场化、法治化、国际化一流营商环境。"),
                List.of(Link.a(RepeatedSegmentTrapRoute.RELATIVE_HREF, "图片新闻")));
        site.special(feature, page -> page);
        site.plant(site.columnPath(ColumnKind.SPECIAL), Slot.RELATED, Link.a(FEATURE_PAGE, "优化营商环境专题"));
    }
}
