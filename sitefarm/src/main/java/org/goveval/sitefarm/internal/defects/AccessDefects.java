package org.goveval.sitefarm.internal.defects;

import java.util.List;
import java.util.Optional;
import org.goveval.sitefarm.internal.content.Article;
import org.goveval.sitefarm.internal.content.AttachmentType;
import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.LinkTag;
import org.goveval.sitefarm.internal.content.PageModel;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.routes.AssetRoute;
import org.goveval.sitefarm.internal.routes.HeadNotAllowedRoute;
import org.goveval.sitefarm.internal.routes.HeadRefusal;
import org.goveval.sitefarm.internal.routes.HeadRefusedFileRoute;
import org.goveval.sitefarm.internal.routes.RetryOnceRoute;
import org.goveval.sitefarm.internal.routes.RobotBlockedRoute;
import org.goveval.sitefarm.internal.routes.SlowRoute;
import org.goveval.sitefarm.internal.routes.ThrottledRoute;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.internal.site.SiteBuilder;
import org.goveval.sitefarm.internal.site.StandardRoutes;

/**
 * Links whose answer depends on how they are asked: throttled, blocked to robots, HEAD refused, 429 once,
 * slow. The last three work for a careful scanner.
 */
final class AccessDefects {
    static final String THROTTLED_PATH = "/api/busy";
    static final String BLOCKED_PATH = "/members/list.html";
    static final String HEAD_NOT_ALLOWED_PATH = "/hdjl/zxzx.html";
    static final String RETRY_ONCE_PATH = "/zwgk/ysqgk.html";
    static final String SLOW_PATH = "/sjfb/tjsj.html";

    private AccessDefects() {}

    static void throttled(SiteBuilder site) {
        site.route(THROTTLED_PATH, new ThrottledRoute(site.thin()));
        site.plant(site.columnPath(ColumnKind.INTERACTION), Slot.RELATED, Link.a(THROTTLED_PATH, "办件统计"));
    }

    static void blockedToRobots(SiteBuilder site) {
        var page = site.thin().page("干部名录", List.of("本页面仅供浏览器访问。"), List.of(Link.a("/", "首页")));
        site.route(BLOCKED_PATH, new RobotBlockedRoute(page, site.thin()));
        site.plant(site.columnPath(ColumnKind.PERSONNEL), Slot.RELATED, Link.a(BLOCKED_PATH, "干部名录"));
    }

    /**
     * A page, three attachments and an image whose server turns HEAD away in the ways government servers do,
     * while GET works. The page is crawled with GET anyway; the files are what a checker asks with HEAD first,
     * and must ask again with GET.
     */
    static void headNotAllowed(SiteBuilder site) {
        site.special(
                special(HEAD_NOT_ALLOWED_PATH, "在线咨询", ColumnKind.INTERACTION, "请如实填写咨询内容，我们将在五个工作日内答复。"),
                HeadNotAllowedRoute::new);
        site.plant("/", Slot.RELATED, Link.a(HEAD_NOT_ALLOWED_PATH, "在线咨询"));
        Article article = site.article(ColumnKind.PERSONNEL, 0);
        headRefusedAttachment(
                site, article, "7", AttachmentType.PDF, HeadRefusal.METHOD_NOT_ALLOWED, "附件1：拟聘用人员名单.pdf");
        headRefusedAttachment(site, article, "6", AttachmentType.DOC, HeadRefusal.FORBIDDEN, "附件2：报名登记表.doc");
        headRefusedAttachment(site, article, "5", AttachmentType.ZIP, HeadRefusal.CLOSED, "附件3：考试大纲.zip");
        String image = "/images/upload/photo_" + article.id() + ".png";
        site.route(image, new HeadRefusedFileRoute(StandardRoutes.png(), HeadRefusal.NOT_IMPLEMENTED));
        site.plant(article.path(), Slot.BODY_IMAGE, new Link(image, LinkTag.IMG, "面试现场"));
    }

    private static void headRefusedAttachment(
            SiteBuilder site, Article article, String number, AttachmentType type, HeadRefusal refusal, String text) {
        String path = HttpErrorDefects.filePath(site, article, number + "." + type.extension());
        AssetRoute file = new AssetRoute(type.contentType(), type.body(), new Truth.Asset());
        site.route(path, new HeadRefusedFileRoute(file, refusal));
        site.plant(article.path(), Slot.ATTACHMENTS, Link.a(path, text));
    }

    static void retryAfterOnce(SiteBuilder site) {
        site.special(
                special(RETRY_ONCE_PATH, "依申请公开", ColumnKind.NOTICE, "公民、法人或者其他组织可以依法申请获取政府信息。"),
                page -> new RetryOnceRoute(page, site.thin()));
        site.plant(site.columnPath(ColumnKind.NOTICE), Slot.RELATED, Link.a(RETRY_ONCE_PATH, "依申请公开"));
    }

    static void slowOk(SiteBuilder site) {
        site.special(
                special(SLOW_PATH, "统计数据", ColumnKind.PLAN, "本栏目发布全市国民经济和社会发展主要统计数据。"),
                page -> new SlowRoute(page, site.farm().stall(), site.farm().slowOk()));
        site.plant("/", Slot.RELATED, Link.a(SLOW_PATH, "统计数据"));
    }

    private static PageModel.Special special(String path, String title, ColumnKind section, String text) {
        return new PageModel.Special(path, title, Optional.of(section), List.of(text), List.of());
    }
}
