package org.goveval.monitor.content.columns;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Where on a page an element sits: navigation, header, footer, breadcrumb, or the page's own content. */
final class Regions {
    private static final Pattern FRAME =
            Pattern.compile("nav|menu|header|footer|foot|bottom|copyright|crumb|position|location|dqwz");
    private static final Pattern NAVIGATION = Pattern.compile("nav|menu");
    private static final Pattern BREADCRUMB = Pattern.compile("crumb|position|location|dqwz");
    /**
     * Side bars by their usual names (side, sidebar, r_side, aside), not "inside" or "outside"; "right" and "left"
     * are not among them, as many main lists sit in them.
     */
    private static final Pattern SIDE = Pattern.compile("(?<![a-z])a?side");

    private Regions() {}

    /** Whether the element is, or lies inside, the page's frame: navigation, header, footer or breadcrumb. */
    static boolean inFrame(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("header") || tag.equals("footer")) {
                return true;
            }
            if (FRAME.matcher(names(e)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element lies inside navigation ({@code <nav>}, or a class or id naming nav or menu), not a breadcrumb. */
    static boolean inNavigation(Element element) {
        boolean navigation = false;
        for (Element e = element; e != null; e = e.parent()) {
            String names = names(e);
            if (BREADCRUMB.matcher(names).find()) {
                return false;
            }
            navigation |=
                    e.normalName().equals("nav") || NAVIGATION.matcher(names).find();
        }
        return navigation;
    }

    /**
     * Whether the element lies in a side bar ({@code <aside>}, or a class or id naming side, sidebar or aside):
     * the template's lists of the newest or most read items, on every page of the site.
     */
    static boolean inSideBar(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals("aside") || SIDE.matcher(names(e)).find()) {
                return true;
            }
        }
        return false;
    }

    private static String names(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }
}
