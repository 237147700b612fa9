package org.goveval.sitefarm.internal.defects;

import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.routes.RedirectRoute;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.internal.site.SiteBuilder;
import org.goveval.sitefarm.manifest.LinkKind;

/** Redirects: a loop, a chain too long, and a harmless permanent move. */
final class RedirectDefects {
    /** Redirects in the chain from {@code /hop/1} to the homepage: more than the ten a scanner follows. */
    static final int HOPS = 12;

    private RedirectDefects() {}

    /** {@code /go/a} → {@code /go/b} → {@code /go/a}, both 302. */
    static void loop(SiteBuilder site) {
        Truth truth = new Truth.Broken(LinkKind.REDIRECT_LOOP, null);
        site.route("/go/a", new RedirectRoute(302, "/go/b", truth));
        site.route("/go/b", new RedirectRoute(302, "/go/a", truth));
        site.plant(site.article(ColumnKind.PLAN, 0).path(), Slot.RELATED, Link.a("/go/a", "相关规划"));
    }

    /** {@code /hop/1} → … → {@code /hop/12} → {@code /}: twelve 302s. */
    static void tooMany(SiteBuilder site) {
        Truth truth = new Truth.Broken(LinkKind.TOO_MANY_REDIRECTS, null);
        for (int hop = 1; hop <= HOPS; hop++) {
            String next = hop < HOPS ? "/hop/" + (hop + 1) : "/";
            site.route("/hop/" + hop, new RedirectRoute(302, next, truth));
        }
        site.plant(site.columnPath(ColumnKind.PLAN), Slot.RELATED, Link.a("/hop/1", "历年规划"));
    }

    /** An old entrance answering 301 to the 政策文件 column. */
    static void moved(SiteBuilder site) {
        String target = site.columnPath(ColumnKind.POLICY);
        site.route("/old/zcwj.html", new RedirectRoute(301, target, new Truth.Moved(target, "301 to a working page")));
        site.plant("/", Slot.RELATED, Link.a("/old/zcwj.html", "政策文件（旧版入口）"));
    }
}
