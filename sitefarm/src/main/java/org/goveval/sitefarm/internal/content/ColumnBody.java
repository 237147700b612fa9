package org.goveval.sitefarm.internal.content;

/** A column page: breadcrumb, every item of the column with its date, a 相关链接 box. */
final class ColumnBody {
    private ColumnBody() {}

    static void write(HtmlWriter html, SiteContent content, Column column) {
        html.open("div", "class", "position").text("当前位置：").a("/", "首页").text(" > ");
        html.a(column.path(), column.label()).close("div");
        html.element("h1", column.label()).open("ul", "class", "list");
        PathScheme paths = content.plan().paths();
        for (Listing item : content.listings(column.kind())) {
            html.open("li").a(paths.listHref(column, item.path()), item.title());
            html.element("span", column.kind().dateStyle().format(item.date()), "class", "date");
            html.close("li");
        }
        html.close("ul");
        HomeBody.box(html, "相关链接", "related", content.planted(column.path(), Slot.RELATED));
    }
}
