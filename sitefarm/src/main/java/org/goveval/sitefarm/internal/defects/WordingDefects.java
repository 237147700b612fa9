package org.goveval.sitefarm.internal.defects;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.HtmlWriter;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.PageModel;
import org.goveval.sitefarm.internal.content.RoguePages;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.routes.InjectedPageRoute;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.internal.site.SiteBuilder;
import org.goveval.sitefarm.manifest.WordingTruth;

/**
 * Wording errors, hidden links and a poisoned link ({@link ContentDefect#WORDING_ERRORS}, {@link
 * ContentDefect#HIDDEN_LINKS}, {@link ContentDefect#POISONED_LINK}), and the truth they make. The truth is
 * written out here by hand, term by term, from the texts below: it is what a careful reader finds, not what
 * any checker computes.
 */
final class WordingDefects {
    static final String STUDY_PAGE = "/ztzl/xxyd/index.html";
    static final String TOURISM_PAGE = "/ztzl/whly/index.html";

    /** Errors of every category, beside correct and historical uses that must not be reported. */
    static final List<String> STUDY_TEXT = List.of(
            "全市各级党组织要深入学习贯彻习近平新时代中国特色社会主意思想，紧密团结在以习近平总书记为核心的党中央周围。",
            "要增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚持和发展中国特色社会主义。",
            "有关标准请登录国家卫生和计划生育委员会网站查询。用地审批材料报国土资源部备案，国土资源部将统一反馈。",
            "2017年，国家工商行政管理总局发布了企业信息公示办法。原国家旅游局的职能已划入新部门。将环境保护部的职责整合，组建生态环境部。",
            "各级农业部门要做好春耕备耕工作。",
            "网友留言：代开发票，联系电话略。");

    private WordingDefects() {}

    static void plant(SiteBuilder site) {
        Set<ContentDefect> defects = site.spec().contentDefects();
        List<WordingTruth.Hit> errors = new ArrayList<>();
        List<WordingTruth.Hidden> hidden = new ArrayList<>();
        List<WordingTruth.Poisoned> poisoned = new ArrayList<>();
        if (defects.contains(ContentDefect.WORDING_ERRORS)) {
            wordingErrors(site, errors);
        }
        if (defects.contains(ContentDefect.HIDDEN_LINKS)) {
            hiddenLinks(site, errors, hidden, poisoned);
        }
        if (defects.contains(ContentDefect.POISONED_LINK)) {
            poisonedLink(site, poisoned);
        }
        site.wordingTruth(new WordingTruth(errors, hidden, poisoned));
    }

    private static void wordingErrors(SiteBuilder site, List<WordingTruth.Hit> errors) {
        site.special(
                new PageModel.Special(STUDY_PAGE, "学习园地", Optional.of(ColumnKind.SPECIAL), STUDY_TEXT, List.of()),
                page -> page);
        site.plant(site.columnPath(ColumnKind.SPECIAL), Slot.RELATED, Link.a(STUDY_PAGE, "学习园地"));
        String page = url(site, STUDY_PAGE);
        errors.add(new WordingTruth.Hit(page, "中国特色社会主意", "POLITICAL_EXPRESSION", "中国特色社会主义"));
        errors.add(new WordingTruth.Hit(page, "以习近平总书记为核心的党中央", "POLITICAL_EXPRESSION", "以习近平同志为核心的党中央"));
        errors.add(new WordingTruth.Hit(page, "国家卫生和计划生育委员会", "OUTDATED_NAME", "国家卫生健康委员会"));
        errors.add(new WordingTruth.Hit(page, "国土资源部", "OUTDATED_NAME", "自然资源部"));
        errors.add(new WordingTruth.Hit(page, "代开发票", "SENSITIVE", ""));
    }

    /** One hidden link: where it goes, how it is hidden, and the markup that hides it. */
    private record HiddenLink(String path, String how, String text, String[] wrapper, String[] linkStyle) {}

    private static final List<HiddenLink> HIDDEN = List.of(
            new HiddenLink(
                    "/bet/1.html", "DISPLAY_NONE", "澳门娱乐城", new String[] {"div", "style", "display:none"}, none()),
            new HiddenLink(
                    "/shop/2.html",
                    "VISIBILITY_HIDDEN",
                    "品牌特价",
                    new String[] {"span", "style", "visibility:hidden"},
                    none()),
            new HiddenLink(
                    "/bet/3.html",
                    "OFF_SCREEN",
                    "百家乐",
                    new String[] {"div", "style", "position:absolute;left:-9999px;top:0"},
                    none()),
            new HiddenLink(
                    "/av/4.html",
                    "ZERO_SIZE",
                    "在线视频",
                    new String[] {"div", "style", "width:0;height:0;overflow:hidden"},
                    none()),
            new HiddenLink(
                    "/shop/5.html", "FONT_SIZE_ZERO", "特价商城", new String[] {"p"}, new String[] {"style", "font-size:0"
                    }),
            new HiddenLink(
                    "/shop/6.html",
                    "TEXT_INDENT",
                    "包邮",
                    new String[] {"p", "style", "text-indent:-9999px;overflow:hidden"},
                    none()),
            new HiddenLink("/bet/7.html", "DISPLAY_NONE", "真人视讯", new String[] {"div", "class", "yqlj-x"}, none()),
            new HiddenLink(
                    "/shop/8.html",
                    "SAME_COLOR",
                    "服装",
                    new String[] {"div", "style", "background-color:#ffffff"},
                    new String[] {"style", "color:#fff"}));

    private static String[] none() {
        return new String[0];
    }

    private static void hiddenLinks(
            SiteBuilder site,
            List<WordingTruth.Hit> errors,
            List<WordingTruth.Hidden> hidden,
            List<WordingTruth.Poisoned> poisoned) {
        List<String> text = List.of("欢迎来到文旅资讯专栏。本栏目发布全市文化旅游活动信息。");
        site.special(
                new PageModel.Special(TOURISM_PAGE, "文旅资讯", Optional.of(ColumnKind.SPECIAL), text, List.of()),
                page -> new InjectedPageRoute(page, html -> hiddenMarkup(html, site)));
        site.plant(site.columnPath(ColumnKind.SPECIAL), Slot.RELATED, Link.a(TOURISM_PAGE, "文旅资讯"));
        String page = url(site, TOURISM_PAGE);
        for (HiddenLink link : HIDDEN) {
            String target = rogue(site, link.path());
            hidden.add(new WordingTruth.Hidden(target, link.how(), List.of(page)));
            RoguePages.Serves serves = RoguePages.page(link.path()).serves();
            if (serves != RoguePages.Serves.NONE) {
                poisoned.add(new WordingTruth.Poisoned(target, serves.name(), List.of(page)));
            }
        }
        rogue(site, "/shop/9.html"); // shown, hidden in print only: no finding
        errors.add(new WordingTruth.Hit(page, "代开发票", "SENSITIVE", "")); // the hidden spam text
    }

    /**
     * A hacked template's markup: hidden links with their style block and hidden spam text, and the legitimate
     * patterns a checker must leave alone (a skip link, a menu of the site's own pages, a print-only rule).
     */
    private static void hiddenMarkup(HtmlWriter html, SiteBuilder site) {
        html.open("style", "type", "text/css")
                .raw(".yqlj-x{display:none}@media print{.noprint{display:none}}")
                .close("style");
        html.a("#content", "跳到主要内容", "style", "position:absolute;left:-9999px");
        html.open("ul", "class", "submenu", "style", "display:none").open("li").a("/", "返回首页");
        html.close("li").close("ul");
        for (HiddenLink link : HIDDEN) {
            html.open(link.wrapper()[0], java.util.Arrays.copyOfRange(link.wrapper(), 1, link.wrapper().length));
            html.a(site.farm().rogueUrl(link.path()).toString(), link.text(), link.linkStyle());
            if (link.path().equals("/bet/1.html")) {
                html.text(" 代开发票，联系QQ略。");
            }
            html.close(link.wrapper()[0]);
        }
        html.open("div", "class", "noprint")
                .a(site.farm().rogueUrl("/shop/9.html").toString(), "合作商城");
        html.close("div");
    }

    private static void poisonedLink(SiteBuilder site, List<WordingTruth.Poisoned> poisoned) {
        String target = rogue(site, RoguePages.HOME);
        site.plant("/", Slot.FRIEND_LINKS, Link.a(target, "原市旅游信息网"));
        site.plant("/", Slot.FRIEND_LINKS, Link.a(rogue(site, RoguePages.LOTTERY), "福利彩票开奖公告"));
        poisoned.add(new WordingTruth.Poisoned(target, "GAMBLING", List.of(url(site, "/"))));
    }

    /** The rogue URL of a path, declared to the manifest as a working external link. */
    private static String rogue(SiteBuilder site, String path) {
        URI url = site.farm().rogueUrl(path);
        RoguePages.Page page = RoguePages.page(path);
        site.external(url, new Truth.Fine("a re-registered domain: answers 200 (" + page.serves() + ")"));
        return url.toString();
    }

    private static String url(SiteBuilder site, String path) {
        return site.origin() + path;
    }
}
