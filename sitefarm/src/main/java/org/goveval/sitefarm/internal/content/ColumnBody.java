package org.goveval.sitefarm.internal.content;

import java.util.List;

/**
 * A column page: breadcrumb, the sub-columns' navigation (if any), one page of the column's items with their
 * dates, the pager, a 相关链接 box. The pager links every page from the index page (so that deep pages stay a
 * few links from the homepage, as a CMS's page-number bar does) and 首页/上一页/下一页/尾页 from every page.
 */
final class ColumnBody {
    private ColumnBody() {}

    static void write(HtmlWriter html, SiteContent content, Column column, int page) {
        html.open("div", "class", "position").text("当前位置：").a("/", "首页").text(" > ");
        html.a(column.path(), column.label()).close("div");
        List<SubColumn> subColumns = content.subColumnsOf(column.kind());
        if (!subColumns.isEmpty()) {
            html.open("div", "class", "subnav");
            subColumns.forEach(sub -> html.a(sub.path(), sub.label()));
            html.close("div");
        }
        html.element("h1", column.label()).open("ul", "class", "list");
        PathScheme paths = content.plan().paths();
        DateStyle style = DateStyle.of(paths, column.kind());
        List<Listing> all = content.listings(column.kind());
        for (Listing item : ColumnPaging.slice(all, page)) {
            item(html, paths.listHref(column, item.path()), item, style);
        }
        html.close("ul");
        pager(html, paths, column, page, ColumnPaging.pages(all.size()), all.size());
        HomeBody.box(html, "相关链接", "related", page == 0 ? content.planted(column.path(), Slot.RELATED) : List.of());
    }

    static void writeSub(HtmlWriter html, SiteContent content, SubColumn sub) {
        Column parent = content.plan().column(sub.parent());
        html.open("div", "class", "position").text("当前位置：").a("/", "首页").text(" > ");
        html.a(parent.path(), parent.label())
                .text(" > ")
                .a(sub.path(), sub.label())
                .close("div");
        html.element("h1", sub.label()).open("ul", "class", "list");
        DateStyle style = DateStyle.of(content.plan().paths(), sub.parent());
        ColumnPaging.slice(sub.items(), 0).forEach(item -> item(html, item.path(), item, style));
        html.close("ul");
    }

    /** A list row: the title, then the date as the column shows it (none when only the URL carries it). */
    static void item(HtmlWriter html, String href, Listing item, DateStyle style) {
        html.open("li").a(href, item.title());
        if (style != DateStyle.NONE) {
            html.element("span", style.format(item.date()), "class", "date");
        }
        html.close("li");
    }

    private static void pager(HtmlWriter html, PathScheme paths, Column column, int page, int pages, int items) {
        if (pages == 1) {
            return;
        }
        html.open("div", "class", "page").text("共" + items + "条 第" + (page + 1) + "/" + pages + "页 ");
        if (page > 0) {
            html.a(href(paths, column, 0), "首页").a(href(paths, column, page - 1), "上一页");
        }
        if (page == 0) {
            for (int n = 1; n < pages; n++) {
                html.a(href(paths, column, n), Integer.toString(n + 1));
            }
        }
        if (page < pages - 1) {
            html.a(href(paths, column, page + 1), "下一页").a(href(paths, column, pages - 1), "尾页");
        }
        html.close("div");
    }

    private static String href(PathScheme paths, Column column, int page) {
        return paths.listHref(column, ColumnPaging.path(column.path(), page));
    }
}
