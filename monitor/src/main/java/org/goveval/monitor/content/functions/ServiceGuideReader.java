package org.goveval.monitor.content.functions;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a 办事指南 page: which key elements it labels, and which of those carry a value. A label is the whole
 * text of a cell or heading ({@code <th>设定依据</th><td>…</td>}, {@code <dt>}/{@code <dd>}, a heading and the
 * element after it) or the start of a line ({@code 设定依据：…}, {@code <strong>设定依据：</strong>…}).
 */
final class ServiceGuideReader {
    /** Labels seen for a page to count as a guide whatever its title. */
    static final int LABELS_FOR_ANY_PAGE = 4;
    /** Labels seen for a page titled …指南 to count as a guide. */
    static final int LABELS_FOR_GUIDE_TITLE = 2;

    private static final Pattern GUIDE_TITLE = Pattern.compile("办事指南|服务指南|办事指引");
    private static final Pattern ORDINAL =
            Pattern.compile("^([一二三四五六七八九十]+[、.．]|\\d+[、.．]|[（(][一二三四五六七八九十\\d]+[)）])\\s*");
    private static final Pattern FRAME = Pattern.compile("(?i)foot|header|\\bnav|copyright|bottom");
    private static final Set<String> INLINE = Set.of("strong", "b", "span", "label");
    private static final String CANDIDATES = "th, td, dt, dd, p, li, strong, b, span, label, h2, h3, h4, h5, h6";

    private ServiceGuideReader() {}

    /**
     * What a guide page has.
     *
     * @param labelled the elements the page names
     * @param present the elements named with a value
     */
    record Reading(String title, Set<GuideElement> labelled, Set<GuideElement> present) {
        List<GuideElement> missing() {
            Set<GuideElement> missing = EnumSet.allOf(GuideElement.class);
            missing.removeAll(present);
            return List.copyOf(missing);
        }
    }

    /** The page's reading when it is a service guide; empty otherwise. */
    static Optional<Reading> read(Document page) {
        if (page.body() == null) {
            return Optional.empty();
        }
        Set<GuideElement> labelled = EnumSet.noneOf(GuideElement.class);
        Set<GuideElement> present = EnumSet.noneOf(GuideElement.class);
        for (Element element : page.body().select(CANDIDATES)) {
            if (inFrame(element)) {
                continue;
            }
            String own = ORDINAL.matcher(element.ownText().strip()).replaceFirst("");
            for (GuideElement key : GuideElement.values()) {
                valueOf(element, own, key).ifPresent(value -> {
                    labelled.add(key);
                    if (!value.isBlank()) {
                        present.add(key);
                    }
                });
            }
        }
        String title = title(page);
        boolean guideTitle = GUIDE_TITLE.matcher(title).find();
        int needed = guideTitle ? LABELS_FOR_GUIDE_TITLE : LABELS_FOR_ANY_PAGE;
        return labelled.size() >= needed ? Optional.of(new Reading(title, labelled, present)) : Optional.empty();
    }

    /** The value the element gives the key when it labels it; empty when it does not label it. */
    private static Optional<String> valueOf(Element element, String own, GuideElement key) {
        for (String label : key.labels()) {
            if (!own.startsWith(label)) {
                continue;
            }
            String rest = own.substring(label.length()).strip();
            if (rest.startsWith("：") || rest.startsWith(":")) {
                rest = rest.substring(1).strip();
            } else if (!rest.isEmpty()) {
                continue; // 办理时间段说明 is not the label 办理时间
            }
            if (!rest.isEmpty()) {
                return Optional.of(rest);
            }
            return Optional.of(following(element, label));
        }
        return Optional.empty();
    }

    /** The value after a bare label: the next sibling element, else the rest of the parent's text. */
    private static String following(Element label, String name) {
        Element next = label.nextElementSibling();
        if (!INLINE.contains(label.tagName())) {
            return next == null ? "" : next.text().strip();
        }
        Element parent = label.parent();
        if (parent == null || parent.tagName().equals("tr")) {
            return "";
        }
        String text = parent.text().strip();
        int at = text.indexOf(name);
        String rest = at < 0 ? "" : text.substring(at + name.length()).strip();
        return rest.replaceFirst("^[：:]", "").strip();
    }

    /** Whether the element is in the page's header, navigation or footer (a footer's 联系电话 is no guide's). */
    private static boolean inFrame(Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            String tag = up.tagName();
            if (tag.equals("footer")
                    || tag.equals("header")
                    || tag.equals("nav")
                    || FRAME.matcher(up.className() + " " + up.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String title(Document page) {
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : h1.text().strip();
        return heading.isEmpty() ? page.title().strip() : heading;
    }
}
