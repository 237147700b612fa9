package org.goveval.sitefarm.internal.defects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goveval.sitefarm.ContentDefect;
import org.goveval.sitefarm.internal.content.AttachmentType;
import org.goveval.sitefarm.internal.content.ColumnKind;
import org.goveval.sitefarm.internal.content.DateStyle;
import org.goveval.sitefarm.internal.content.HtmlWriter;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.PageModel;
import org.goveval.sitefarm.internal.content.Slot;
import org.goveval.sitefarm.internal.routes.AssetRoute;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.internal.site.SiteBuilder;
import org.goveval.sitefarm.manifest.ColumnTruth;
import org.goveval.sitefarm.manifest.FunctionsTruth;

/**
 * The pages the functions check reads, on sites with {@code contentPages}: a public message list (留言选登), a
 * letter form (我要写信), three service guides (办事指南) with their application forms, a privacy statement, a
 * site map and an elder mode (长者模式) page, all entered from the home page's 快速入口 box. The site search is
 * standard ({@code SearchRoute}). Each function defect takes its part away or breaks it ({@link
 * ContentDefect#NO_INTERACTION_CHANNEL} the message list and the letter form, {@link ContentDefect#NO_SERVICE} the
 * guides); the truth follows.
 */
public final class FunctionPages {
    static final String MESSAGES = "/hdjl/lyxd.html";
    static final String LETTER = "/hdjl/wyxx.html";
    static final String GUIDES = "/bsfw/bszn/index.html";
    static final String PRIVACY = "/sy/yssm.html";
    static final String SITE_MAP = "/sy/wzdt.html";
    static final String ELDER_MODE = "/sy/zzms.html";

    /** The key elements of a 办事指南, in the order the check reports missing ones. */
    static final List<String> GUIDE_ELEMENTS = List.of("事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理时间", "联系电话", "办理流程");

    private FunctionPages() {}

    /**
     * A public message as its list shows it.
     *
     * @param answered the reply's date; empty when unanswered or invalid
     * @param invalid marked 无效留言 by the site (not counted as valid)
     */
    record Message(String title, LocalDate asked, Optional<LocalDate> answered, boolean invalid) {
        String state() {
            return invalid ? "无效留言" : answered.isPresent() ? "已回复" : "未回复";
        }
    }

    /** A service guide: its values by element; an element absent from the map has no row. */
    record Guide(String path, String name, Map<String, String> values, String form, boolean formDead) {}

    public static void plant(SiteBuilder site) {
        if (!site.spec().contentPages()) {
            return;
        }
        Set<ContentDefect> defects = site.spec().contentDefects();
        LocalDate today = site.farm().today();
        boolean interaction = !defects.contains(ContentDefect.NO_INTERACTION_CHANNEL);
        List<Message> messages =
                interaction ? messages(today, defects.contains(ContentDefect.OVERDUE_MESSAGES)) : List.of();
        List<Guide> guides = defects.contains(ContentDefect.NO_SERVICE) ? List.of() : guides(defects);
        if (interaction) {
            site.special(messagePage(messages), page -> page);
            site.special(letterPage(defects), page -> page);
            site.route("/images/hdjl/step1.png", png(site));
            site.route("/images/hdjl/step2.png", png(site));
        }
        plantGuides(site, guides);
        plantSitePages(site, defects, interaction, !guides.isEmpty());
        site.functionsTruth(truth(site, today, messages, guides, defects));
        if (!defects.contains(ContentDefect.NO_SITE_MAP)) {
            listedColumns(site, messages, guides);
        }
    }

    /**
     * The site map lists the message list and the guides index, so the columns check reads them as columns:
     * every message row shows its date (an interaction column, never stale); the guides are undated links (a
     * service column, never stale either).
     */
    private static void listedColumns(SiteBuilder site, List<Message> messages, List<Guide> guides) {
        String origin = site.origin().toString();
        String newest = messages.stream()
                .map(Message::asked)
                .max(LocalDate::compareTo)
                .map(LocalDate::toString)
                .orElse(null);
        if (!messages.isEmpty()) {
            site.extraColumn(
                    new ColumnTruth("留言选登", origin + MESSAGES, "INTERACTION", newest, messages.size(), false, false));
        }
        if (!guides.isEmpty()) {
            site.extraColumn(new ColumnTruth("办事指南", origin + GUIDES, "SERVICE", null, guides.size(), false, false));
        }
    }

    /** Answered, recent unanswered, invalid and year-old messages; {@code overdue} adds four more around the rule. */
    static List<Message> messages(LocalDate today, boolean overdue) {
        List<Message> messages = new ArrayList<>(List.of(
                new Message("关于小区停车位收费标准的咨询", today.minusDays(200), Optional.of(today.minusDays(195)), false),
                new Message("建议增设城东至高铁站公交线路", today.minusDays(120), Optional.of(today.minusDays(100)), false),
                new Message("学校周边交通安全问题反映", today.minusDays(40), Optional.of(today.minusDays(35)), false),
                new Message("咨询社保卡补办流程", today.minusDays(10), Optional.empty(), false),
                new Message("重复提交的留言内容", today.minusDays(150), Optional.empty(), true),
                new Message("老旧小区改造进度询问", today.minusDays(400), Optional.of(today.minusDays(390)), false)));
        if (overdue) {
            messages.add(new Message("反映夜间施工噪声扰民问题", today.minusDays(150), Optional.empty(), false));
            messages.add(new Message("道路积水问题反映", today.minusDays(500), Optional.empty(), false));
            messages.add(new Message("咨询住房公积金提取条件", today.minusMonths(3), Optional.empty(), false));
            messages.add(new Message("农贸市场周边环境卫生问题", today.minusMonths(3).minusDays(1), Optional.empty(), false));
        }
        messages.sort((a, b) -> b.asked().compareTo(a.asked()));
        return messages;
    }

    private static PageModel.Written messagePage(List<Message> messages) {
        return new PageModel.Written(MESSAGES, "留言选登", Optional.of(ColumnKind.INTERACTION), html -> {
            html.open("table", "class", "list").open("tr");
            List.of("序号", "留言主题", "留言时间", "回复时间", "状态").forEach(head -> html.element("th", head));
            html.close("tr");
            for (int i = 0; i < messages.size(); i++) {
                Message message = messages.get(i);
                html.open("tr").element("td", String.valueOf(i + 1)).element("td", message.title());
                html.element("td", DateStyle.ISO.format(message.asked()));
                html.element(
                        "td", message.answered().map(DateStyle.CHINESE::format).orElse(""));
                html.element("td", message.state()).close("tr");
            }
            html.close("table");
        });
    }

    private static PageModel.Written letterPage(Set<ContentDefect> defects) {
        boolean noAlt = defects.contains(ContentDefect.IMAGES_WITHOUT_ALT);
        boolean unlabelled = defects.contains(ContentDefect.UNLABELLED_FORM_FIELD);
        return new PageModel.Written(LETTER, "我要写信", Optional.of(ColumnKind.INTERACTION), html -> {
            html.element("p", "请如实填写以下信息，我们将在5个工作日内答复。");
            image(html, "/images/hdjl/step1.png", "第一步：填写信件", noAlt);
            image(html, "/images/hdjl/step2.png", "第二步：等待答复", noAlt);
            html.open("form", "action", "/hdjl/submit.html", "method", "post", "class", "letter");
            html.empty("input", "type", "hidden", "name", "token", "value", "a1b2c3");
            html.open("p").element("label", "姓名", "for", "xm");
            html.empty("input", "type", "text", "id", "xm", "name", "xm").close("p");
            html.open("p").open("label").text("联系电话");
            html.empty("input", "type", "tel", "name", "dh").close("label").close("p");
            html.open("p");
            if (!unlabelled) {
                html.element("label", "留言内容", "for", "nr");
            }
            html.element("textarea", "", "id", "nr", "name", "nr").close("p");
            html.empty("input", "type", "submit", "value", "提交");
            html.close("form");
        });
    }

    private static void image(HtmlWriter html, String src, String alt, boolean noAlt) {
        if (noAlt) {
            html.imgWithoutAlt(src);
        } else {
            html.img(src, alt);
        }
    }

    static List<Guide> guides(Set<ContentDefect> defects) {
        boolean incomplete = defects.contains(ContentDefect.INCOMPLETE_SERVICE_GUIDES);
        Map<String, String> second = values("个体工商户设立登记", "《促进个体工商户发展条例》");
        Map<String, String> third = values("城乡居民基本医疗保险参保登记", "《中华人民共和国社会保险法》");
        if (incomplete) {
            second.put("设定依据", "");
            second.remove("联系电话");
            third.remove("办理流程");
        }
        return List.of(
                new Guide("/bsfw/bszn/zn1.html", "居民身份证换领", values("居民身份证换领", "《中华人民共和国居民身份证法》"), "sqb1", false),
                new Guide("/bsfw/bszn/zn2.html", "个体工商户设立登记", second, "sqb2", false),
                new Guide(
                        "/bsfw/bszn/zn3.html",
                        "城乡居民基本医疗保险参保登记",
                        third,
                        "sqb3",
                        defects.contains(ContentDefect.BROKEN_FORM_DOWNLOAD)));
    }

    private static Map<String, String> values(String name, String basis) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("事项名称", name);
        values.put("设定依据", basis);
        values.put("申请条件", "本市户籍居民或在本市居住的申请人");
        values.put("办理材料", "1.申请表；2.居民身份证原件及复印件");
        values.put("办理地点", "市民中心一楼综合窗口");
        values.put("办理时间", "工作日上午9:00-12:00，下午13:30-17:00");
        values.put("联系电话", "0571-87000000");
        values.put("办理流程", "申请—受理—审核—办结");
        return values;
    }

    private static void plantGuides(SiteBuilder site, List<Guide> guides) {
        if (guides.isEmpty()) {
            return;
        }
        List<Link> links =
                guides.stream().map(g -> Link.a(g.path(), g.name() + "办事指南")).toList();
        site.special(
                new PageModel.Special(
                        GUIDES, "办事指南", Optional.of(ColumnKind.SERVICE), List.of("以下为本机关政务服务事项办事指南。"), links),
                page -> page);
        for (Guide guide : guides) {
            String form = formPath(guide);
            site.special(
                    new PageModel.Written(
                            guide.path(), guide.name() + "办事指南", Optional.of(ColumnKind.SERVICE), html -> {
                                html.open("table", "class", "bszn");
                                guide.values().forEach((label, value) -> {
                                    html.open("tr")
                                            .element("th", label)
                                            .element("td", value)
                                            .close("tr");
                                });
                                html.close("table")
                                        .open("p")
                                        .text("表格下载：")
                                        .a(form, "申请表下载")
                                        .close("p");
                            }),
                    page -> page);
            if (guide.formDead()) {
                site.expectDead(site.farm().url(site.spec().name(), form));
            } else {
                AttachmentType doc = AttachmentType.DOC;
                site.route(
                        form, new AssetRoute(doc.contentType(), doc.body(), new Truth.Fine("application form (doc)")));
            }
        }
    }

    static String formPath(Guide guide) {
        return "/bsfw/bszn/files/" + guide.form() + ".doc";
    }

    /**
     * Privacy statement, site map and elder mode, and the home page's entries to every function page the site
     * has (a site without interaction channel or services has no entry to them).
     */
    private static void plantSitePages(
            SiteBuilder site, Set<ContentDefect> defects, boolean interaction, boolean services) {
        List<Link> entries = new ArrayList<>();
        if (interaction) {
            entries.add(Link.a(LETTER, "我要写信"));
            entries.add(Link.a(MESSAGES, "留言选登"));
        }
        if (services) {
            entries.add(Link.a(GUIDES, "办事指南"));
        }
        entries.add(Link.a(ELDER_MODE, "长者模式"));
        if (defects.contains(ContentDefect.BROKEN_ACCESSIBILITY_ENTRY)) {
            site.expectDead(site.farm().url(site.spec().name(), ELDER_MODE));
        } else {
            site.special(
                    new PageModel.Special(
                            ELDER_MODE, "长者模式", Optional.empty(), List.of("长者模式提供大字体、高对比度的页面，方便老年人浏览。"), List.of()),
                    page -> page);
        }
        if (!defects.contains(ContentDefect.NO_SITE_MAP)) {
            List<Link> map = new ArrayList<>();
            site.plan().columns().forEach(column -> map.add(Link.a(column.path(), column.label())));
            if (interaction) {
                map.add(Link.a(MESSAGES, "留言选登"));
            }
            if (services) {
                map.add(Link.a(GUIDES, "办事指南"));
            }
            site.special(new PageModel.Special(SITE_MAP, "网站地图", Optional.empty(), List.of(), map), page -> page);
            entries.add(Link.a(SITE_MAP, "网站地图"));
        }
        if (!defects.contains(ContentDefect.NO_PRIVACY_STATEMENT)) {
            site.special(
                    new PageModel.Special(
                            PRIVACY,
                            "隐私声明",
                            Optional.empty(),
                            List.of("本网站尊重并保护所有使用服务用户的个人隐私权。", "未经用户许可，本网站不会向第三方公开、透露用户个人信息。"),
                            List.of()),
                    page -> page);
            entries.add(Link.a(PRIVACY, "隐私声明"));
        }
        entries.forEach(link -> site.plant("/", Slot.RELATED, link));
    }

    private static AssetRoute png(SiteBuilder site) {
        return new AssetRoute(
                "image/png",
                java.util.Base64.getDecoder()
                        .decode(
                                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
                new Truth.Asset());
    }

    private static FunctionsTruth truth(
            SiteBuilder site, LocalDate today, List<Message> messages, List<Guide> guides, Set<ContentDefect> defects) {
        String origin = site.origin().toString();
        List<Message> valid = messages.stream().filter(m -> !m.invalid()).toList();
        long answered = valid.stream().filter(m -> m.answered().isPresent()).count();
        List<String> overdue = valid.stream()
                .filter(m -> m.answered().isEmpty())
                .filter(m -> !m.asked().isBefore(today.minusYears(1)))
                .filter(m -> today.isAfter(m.asked().plusMonths(3)))
                .map(m -> m.title() + " (asked " + m.asked() + ")")
                .toList();
        Map<String, List<String>> incomplete = new LinkedHashMap<>();
        for (Guide guide : guides) {
            List<String> missing = GUIDE_ELEMENTS.stream()
                    .filter(e -> guide.values().getOrDefault(e, "").isBlank())
                    .toList();
            if (!missing.isEmpty()) {
                incomplete.put(origin + guide.path(), missing);
            }
        }
        List<String> brokenForms = guides.stream()
                .filter(Guide::formDead)
                .map(g -> origin + formPath(g))
                .toList();
        boolean noAlt = defects.contains(ContentDefect.IMAGES_WITHOUT_ALT);
        return new FunctionsTruth(
                true,
                !defects.contains(ContentDefect.DEAD_SEARCH),
                !defects.contains(ContentDefect.NO_INTERACTION_CHANNEL),
                messages.size(),
                valid.isEmpty() ? null : Math.round(10_000.0 * answered / valid.size()) / 10_000.0,
                overdue,
                guides.size(),
                incomplete,
                brokenForms,
                !defects.contains(ContentDefect.NO_PRIVACY_STATEMENT),
                !defects.contains(ContentDefect.NO_SITE_MAP),
                !defects.contains(ContentDefect.BROKEN_ACCESSIBILITY_ENTRY),
                noAlt ? List.of(origin + "/images/hdjl/step1.png", origin + "/images/hdjl/step2.png") : List.of(),
                defects.contains(ContentDefect.UNLABELLED_FORM_FIELD)
                        ? List.of(origin + LETTER + " textarea nr")
                        : List.of());
    }
}
