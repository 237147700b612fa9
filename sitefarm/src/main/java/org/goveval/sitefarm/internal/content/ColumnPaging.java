package org.goveval.sitefarm.internal.content;

import java.util.List;

/**
 * How column lists are cut into pages, as TRS and Hanweb/WCM publish them: at most {@link #PAGE_SIZE} items a
 * page; the first at the column's {@code index.html}, the next at {@code index_1.html}, {@code index_2.html} …
 * in the same folder.
 */
public final class ColumnPaging {
    /** Items a column page lists. */
    public static final int PAGE_SIZE = 20;

    private ColumnPaging() {}

    /** How many pages a list of {@code items} fills; a blank column still has its index page. */
    public static int pages(int items) {
        return Math.max(1, (items + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The path of page {@code page} of the column whose index page is {@code indexPath}. */
    public static String path(String indexPath, int page) {
        if (page == 0) {
            return indexPath;
        }
        return indexPath.substring(0, indexPath.lastIndexOf('/') + 1) + "index_" + page + ".html";
    }

    /** The items page {@code page} shows. */
    public static <T> List<T> slice(List<T> items, int page) {
        int from = Math.min(items.size(), page * PAGE_SIZE);
        return items.subList(from, Math.min(items.size(), from + PAGE_SIZE));
    }
}
