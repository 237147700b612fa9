package org.goveval.sitefarm.internal.content;

import java.util.Optional;

/** A page outside the columns: breadcrumb, title, text, its own links and a 相关链接 box. */
final class SpecialBody {
    private SpecialBody() {}

    static void write(HtmlWriter html, SiteContent content, PageModel.Special page) {
        heading(html, content, page.section(), page.title());
        page.paragraphs().forEach(paragraph -> html.element("p", paragraph));
        page.links().forEach(link -> html.open("p").link(link).close("p"));
        html.close("div");
        HomeBody.box(html, "相关链接", "related", content.planted(page.path(), Slot.RELATED));
    }

    static void write(HtmlWriter html, SiteContent content, PageModel.Written page) {
        heading(html, content, page.section(), page.title());
        page.body().write(html);
        html.close("div");
        HomeBody.box(html, "相关链接", "related", content.planted(page.path(), Slot.RELATED));
    }

    private static void heading(HtmlWriter html, SiteContent content, Optional<ColumnKind> section, String title) {
        html.open("div", "class", "position").text("当前位置：").a("/", "首页");
        section.ifPresent(kind -> {
            Column column = content.plan().column(kind);
            html.text(" > ").a(column.path(), column.label());
        });
        html.close("div").element("h1", title).open("div", "class", "content");
    }
}
