package org.goveval.sitefarm.internal.content;

import java.util.List;

/** The homepage: quick entries, a block per column with its five newest items and a 更多 link, friend links. */
final class HomeBody {
    /** How many items a column block shows. */
    static final int BLOCK_SIZE = 5;

    private HomeBody() {}

    static void write(HtmlWriter html, SiteContent content) {
        box(html, "快速入口", "quick", content.planted("/", Slot.RELATED));
        for (Column column : content.plan().columns()) {
            block(
                    html,
                    column,
                    content.listings(column.kind()),
                    DateStyle.of(content.plan().paths(), column.kind()));
        }
        box(html, "友情链接", "friends", content.planted("/", Slot.FRIEND_LINKS));
    }

    private static void block(HtmlWriter html, Column column, List<Listing> listings, DateStyle style) {
        html.open("div", "class", "block").element("h2", column.label());
        html.a(column.path(), "更多", "class", "more").open("ul");
        listings.stream()
                .filter(Listing::onHome)
                .limit(BLOCK_SIZE)
                .forEach(item -> ColumnBody.item(html, item.path(), item, style));
        html.close("ul").close("div");
    }

    /** A titled box of links; nothing when there are none. */
    static void box(HtmlWriter html, String heading, String cssClass, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        html.open("div", "class", cssClass).element("h3", heading).open("ul");
        links.forEach(link -> html.open("li").link(link).close("li"));
        html.close("ul").close("div");
    }
}
