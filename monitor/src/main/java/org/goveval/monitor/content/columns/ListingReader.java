package org.goveval.monitor.content.columns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the lists of a page, outside its frame (navigation, header, footer, breadcrumb): the {@code li} of a
 * {@code ul}/{@code ol}, the {@code tr} of a table, and runs of two or more sibling paragraphs that each
 * carry a link (how many CMS templates write a short list). A row is an item when it carries a link; a
 * table row without one is still an item when it shows a date (a public message list names each message
 * in a cell and links none), titled by its longest cell and located at the page itself. A row's date is the
 * first date in its text outside the link (so a date inside a title does not count), else the date in the
 * link's URL; a linked row with neither is undated.
 */
final class ListingReader {
    /** Pager links, which are rows of some lists but no items. */
    private static final Pattern PAGER = Pattern.compile("\\d+|上一页|下一页|首页|尾页|末页|上页|下页|前页|后页|\\.\\.\\.|…|跳转|go|GO");

    private ListingReader() {}

    /**
     * The page's main list: the list with the most items outside side bars; empty when the page lists nothing
     * else. A side bar's 热点 or 排行 list is the same on every page and longer than many a column's own list.
     */
    static List<ListedItem> mainList(Document document, LocalDate today) {
        List<ListedItem> best = List.of();
        for (Element list : lists(document)) {
            if (Regions.inSideBar(list)) {
                continue;
            }
            List<ListedItem> items = items(list, today);
            if (items.size() > best.size()) {
                best = items;
            }
        }
        return best;
    }

    /** Every item of every list, once each (by URL and title), in page order. */
    static List<ListedItem> allItems(Document document, LocalDate today) {
        Map<String, ListedItem> all = new LinkedHashMap<>();
        for (Element list : lists(document)) {
            for (ListedItem item : items(list, today)) {
                all.putIfAbsent(item.url() + "\n" + item.title(), item);
            }
        }
        return List.copyOf(all.values());
    }

    private static List<Element> lists(Document document) {
        Set<Element> lists = new LinkedHashSet<>(document.select("ul, ol, table"));
        for (Element paragraph : document.select("p:has(a[href])")) {
            Element parent = paragraph.parent();
            if (parent != null
                    && !lists.contains(parent)
                    && linkedParagraphs(parent).size() >= 2) {
                lists.add(parent);
            }
        }
        return lists.stream().filter(list -> !Regions.inFrame(list)).toList();
    }

    private static List<Element> linkedParagraphs(Element parent) {
        return parent.children().stream()
                .filter(e -> e.normalName().equals("p"))
                .filter(p -> p.select("a[href]").stream().anyMatch(ListingReader::isItemLink))
                .toList();
    }

    private static List<ListedItem> items(Element list, LocalDate today) {
        List<ListedItem> items = new ArrayList<>();
        boolean table = list.normalName().equals("table");
        List<Element> rows = switch (list.normalName()) {
            case "table" -> list.select("> tbody > tr, > thead > tr, > tr");
            case "ul", "ol" ->
                list.children().stream()
                        .filter(e -> e.normalName().equals("li"))
                        .toList();
            default -> linkedParagraphs(list);
        };
        for (Element row : rows) {
            item(row, today, table).ifPresent(items::add);
        }
        return items;
    }

    private static Optional<ListedItem> item(Element row, LocalDate today, boolean tableRow) {
        Optional<Element> link =
                row.select("a[href]").stream().filter(ListingReader::isItemLink).findFirst();
        if (link.isEmpty()) {
            return tableRow ? unlinkedRow(row, today) : Optional.empty();
        }
        String title = link.get().text().strip();
        String url = link.get().absUrl("href");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String text = row.text();
        String rest = title.isEmpty() ? text : text.replace(title, " ");
        LocalDate date = ItemDates.ofRow(rest, url, today).orElse(null);
        return Optional.of(new ListedItem(title.isEmpty() ? link.get().attr("title") : title, url, date, text));
    }

    /** A table row that links nothing but shows a date: titled by its longest cell that is not a date. */
    private static Optional<ListedItem> unlinkedRow(Element row, LocalDate today) {
        String text = row.text();
        Optional<LocalDate> date = ItemDates.fromText(text, today);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String title = row.select("> td, > th").stream()
                .map(cell -> cell.text().strip())
                .filter(cell -> ItemDates.fromText(cell, today).isEmpty())
                .max(Comparator.comparingInt(String::length))
                .orElse("");
        String page = row.ownerDocument() == null ? "" : row.ownerDocument().location();
        return Optional.of(new ListedItem(title, page, date.get(), text));
    }

    private static boolean isItemLink(Element a) {
        String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
        if (href.isEmpty()
                || href.startsWith("#")
                || href.startsWith("javascript:")
                || href.startsWith("mailto:")
                || href.startsWith("tel:")) {
            return false;
        }
        String text = a.text().replaceAll("[\\s\\[\\]【】<>《》«»]", "");
        return !PAGER.matcher(text).matches();
    }
}
