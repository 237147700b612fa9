package org.goveval.sitefarm.internal.defects;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import org.goveval.sitefarm.Soft404Style;
import org.goveval.sitefarm.internal.content.Article;
import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.LinkTag;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.routes.StatusRoute;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.internal.site.SiteBuilder;
import org.goveval.sitefarm.manifest.LinkKind;

/** Links to URLs that answer an HTTP error, or a 200 "页面不存在". */
final class HttpErrorDefects {
    private static final Truth NOT_FOUND = new Truth.Broken(LinkKind.HTTP_ERROR, 404);

    private HttpErrorDefects() {}

    /** A withdrawn news article, listed on the homepage and its column; and a dead 政策原文 link, deep. */
    static void article404(SiteBuilder site) {
        String listed = site.phantomArticle(ColumnKind.NEWS, site.plan().info().city() + "召开全市重点工作推进会", true);
        site.route(listed, StatusRoute.notFound(site.thin(), NOT_FOUND));
        String deep = site.unlistedArticlePath(ColumnKind.POLICY);
        site.route(deep, StatusRoute.notFound(site.thin(), NOT_FOUND));
        site.plant(site.article(ColumnKind.INTERPRETATION, 0).path(), Slot.RELATED, Link.a(deep, "政策原文"));
    }

    static void attachment404(SiteBuilder site) {
        Article article = site.article(ColumnKind.NOTICE, 0);
        String path = filePath(site, article, "9.pdf");
        site.route(path, StatusRoute.notFound(site.thin(), NOT_FOUND));
        site.plant(article.path(), Slot.ATTACHMENTS, Link.a(path, "附件：报名表.pdf"));
    }

    static void attachment500(SiteBuilder site) {
        Article article = site.article(ColumnKind.POLICY, 0);
        String path = filePath(site, article, "8.xls");
        Truth truth = new Truth.Broken(LinkKind.HTTP_ERROR, 500);
        site.route(path, new StatusRoute(500, site.thin().serverError(), site.thin(), truth));
        site.plant(article.path(), Slot.ATTACHMENTS, Link.a(path, "附件3：部门预算公开表.xls"));
    }

    static void image404(SiteBuilder site) {
        Article article = site.article(ColumnKind.NEWS, 0);
        String path = "/images/old/banner_" + article.id() + ".jpg";
        site.route(path, StatusRoute.notFound(site.thin(), NOT_FOUND));
        site.plant(article.path(), Slot.BODY_IMAGE, new Link(path, LinkTag.IMG, "活动现场"));
    }

    static void stylesheet404(SiteBuilder site) {
        String path = "/css/old-theme.css";
        site.route(path, StatusRoute.notFound(site.thin(), NOT_FOUND));
        site.plant(site.columnPath(ColumnKind.NOTICE), Slot.HEAD, new Link(path, LinkTag.STYLESHEET, ""));
    }

    static void script404(SiteBuilder site) {
        String path = "/js/stat.js";
        site.route(path, StatusRoute.notFound(site.thin(), NOT_FOUND));
        site.plant("/", Slot.HEAD, new Link(path, LinkTag.SCRIPT, ""));
    }

    /**
     * A deleted notice. On a site answering real 404s it answers 200 with the not-found page and is listed on the
     * homepage too; on a SOFT_200 site it is simply a path the site lacks, listed on the column page only.
     */
    static void soft404(SiteBuilder site) {
        String title = "关于开展" + site.plan().info().city() + "政务服务满意度调查的公告";
        if (site.spec().soft404Style() == Soft404Style.REAL_404) {
            String path = site.phantomArticle(ColumnKind.NOTICE, title, true);
            site.route(path, StatusRoute.softNotFound(site.thin(), new Truth.Broken(LinkKind.SOFT_404, 200)));
        } else {
            String path = site.phantomArticle(ColumnKind.NOTICE, title, false);
            site.expectDead(URI.create(site.origin() + path));
        }
    }

    /** A link to an article the partner site does not have: its own fallback answers 404. */
    static void partner404(SiteBuilder site) {
        URI url = site.farm().url(site.spec().partner().orElseThrow(), "/art/missing.html");
        site.expectDead(url);
        site.plant(site.article(ColumnKind.NEWS, 1).path(), Slot.RELATED, Link.a(url.toString(), "兄弟单位报道"));
    }

    /** An attachment URL in the article's folder, named as TRS names uploads: {@code P0{date}{id}{suffix}}. */
    static String filePath(SiteBuilder site, Article article, String suffix) {
        String stamp = DateTimeFormatter.BASIC_ISO_DATE.format(article.date());
        return site.plan().paths().directoryOf(article.path()) + "P0" + stamp + article.id() + suffix;
    }
}
