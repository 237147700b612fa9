package org.goveval.monitor.content.wording;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** Finds why a link is invisible: the nearest concealing element from the link up, then the colour trick. */
final class HiddenLinks {
    private HiddenLinks() {}

    /** How a link is hidden, with a snippet that shows it. */
    record Found(Concealment how, String snippet) {}

    static Optional<Found> find(Element link, StyleSheetRules rules) {
        for (Element element = link; element != null && !element.tagName().equals("html"); element = element.parent()) {
            Optional<Found> found = concealedBy(element, link, rules);
            if (found.isPresent()) {
                return found;
            }
        }
        return sameColor(link);
    }

    private static Optional<Found> concealedBy(Element element, Element link, StyleSheetRules rules) {
        if (element.hasAttr("hidden")) {
            return Optional.of(
                    new Found(Concealment.HIDDEN_ATTRIBUTE, "<" + element.tagName() + " hidden> " + html(link)));
        }
        Map<String, String> inline = Concealment.declarations(element.attr("style"));
        Optional<StyleSheetRules.Applied> rule = rules.on(element);
        if (rule.isPresent()) {
            Map<String, String> effective =
                    new java.util.LinkedHashMap<>(rule.get().declarations());
            effective.putAll(inline); // the inline style overrides the stylesheet, property by property
            Optional<Concealment> how = Concealment.of(effective);
            if (how.isPresent() && Concealment.of(inline).isEmpty()) {
                String shown = "<style> " + rule.get().selector() + " {"
                        + css(rule.get().declarations()) + "} ";
                return Optional.of(new Found(how.get(), shown + html(link)));
            }
        }
        return Concealment.of(inline)
                .map(how -> new Found(
                        how,
                        element == link
                                ? html(link)
                                : "<" + element.tagName() + " style=\"" + element.attr("style") + "\"> " + html(link)));
    }

    /** Text coloured as its background, both set inline on the link or an ancestor. */
    private static Optional<Found> sameColor(Element link) {
        Optional<String> color = nearest(link, "color");
        Optional<String> background = nearest(link, "background-color").or(() -> nearest(link, "background"));
        if (color.isPresent() && background.isPresent() && color.get().equals(background.get())) {
            return Optional.of(new Found(
                    Concealment.SAME_COLOR,
                    "color " + color.get() + " on background " + background.get() + " " + html(link)));
        }
        return Optional.empty();
    }

    private static Optional<String> nearest(Element link, String property) {
        for (Element element = link; element != null; element = element.parent()) {
            String value = Concealment.declarations(element.attr("style")).get(property);
            if (value != null && !value.contains(" ")) {
                return Optional.of(Concealment.color(value));
            }
        }
        return Optional.empty();
    }

    private static String css(Map<String, String> declarations) {
        return declarations.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private static String html(Element link) {
        return link.outerHtml();
    }
}
