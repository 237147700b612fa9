package org.goveval.sitefarm.internal.content;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An article page: breadcrumb, title, publication line, text with pictures, signature, attachments, tools. */
final class ArticleBody {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private ArticleBody() {}

    static void write(HtmlWriter html, SiteContent content, Article article) {
        Column column = article.column();
        PathScheme paths = content.plan().paths();
        html.open("div", "class", "position").text("当前位置：").a("/", "首页").text(" > ");
        html.a(paths.columnHref(column), column.label()).close("div");
        html.element("h1", article.title());
        html.element(
                "div",
                "发布日期：" + ISO.format(article.date()) + "　来源：" + content.info().host() + "　浏览次数：" + article.views(),
                "class",
                "info");
        html.open("div", "class", "content");
        article.paragraphs().forEach(paragraph -> html.element("p", paragraph));
        article.picture()
                .ifPresent(
                        picture -> html.open("p").img(picture, article.title()).close("p"));
        content.planted(article.path(), Slot.BODY_IMAGE)
                .forEach(image -> html.open("p").link(image).close("p"));
        html.element("p", content.info().host(), "class", "signature");
        html.element("p", DateStyle.CHINESE.format(article.date()), "class", "signature");
        html.close("div");
        attachments(html, content, article);
        HomeBody.box(html, "相关链接", "related", content.planted(article.path(), Slot.RELATED));
        html.open("div", "class", "tools").a("javascript:window.print()", "打印本页");
        html.a("javascript:window.close()", "关闭窗口").close("div");
    }

    private static void attachments(HtmlWriter html, SiteContent content, Article article) {
        List<Link> files = new ArrayList<>();
        for (Attachment attachment : article.attachments()) {
            files.add(Link.a(fileHref(content.plan().paths(), article.path(), attachment.path()), attachment.label()));
        }
        files.addAll(content.planted(article.path(), Slot.ATTACHMENTS));
        HomeBody.box(html, "附件", "attachments", files);
    }

    /** Hanweb writes attachment links relative to the article, TRS absolute. */
    private static String fileHref(PathScheme paths, String articlePath, String filePath) {
        String folder = paths.directoryOf(articlePath);
        boolean relative = paths instanceof PathScheme.Hanweb && filePath.startsWith(folder);
        return relative ? "./" + filePath.substring(folder.length()) : filePath;
    }
}
