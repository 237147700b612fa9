package org.goveval.sitefarm.internal.content;

/** A page outside the columns: breadcrumb, title, text, its own links and a 相关链接 box. */
final class SpecialBody {
    private SpecialBody() {}

    static void write(HtmlWriter html, SiteContent content, PageModel.Special page) {
        html.open("div", "class", "position").text("当前位置：").a("/", "首页");
        page.section().ifPresent(kind -> {
            Column column = content.plan().column(kind);
            html.text(" > ").a(column.path(), column.label());
        });
        html.close("div").element("h1", page.title()).open("div", "class", "content");
        page.paragraphs().forEach(paragraph -> html.element("p", paragraph));
        page.links().forEach(link -> html.open("p").link(link).close("p"));
        html.close("div");
        HomeBody.box(html, "相关链接", "related", content.planted(page.path(), Slot.RELATED));
    }
}
