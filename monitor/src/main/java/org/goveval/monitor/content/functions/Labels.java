package org.goveval.monitor.content.functions;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a form field has an accessible name (HTML-AAM): a {@code <label for>}, an enclosing
 * {@code <label>}, {@code aria-label}, {@code aria-labelledby}, {@code title}, or — as the last fallback
 * screen readers use — {@code placeholder}.
 */
final class Labels {
    private Labels() {}

    static boolean labelled(Document document, Element field) {
        if (!field.attr("aria-label").isBlank()
                || !field.attr("title").isBlank()
                || !field.attr("placeholder").isBlank()) {
            return true;
        }
        String labelledBy = field.attr("aria-labelledby").strip();
        if (!labelledBy.isEmpty() && document.getElementById(labelledBy.split("\\s+")[0]) != null) {
            return true;
        }
        if (field.closest("label") != null) {
            return true;
        }
        String id = field.id();
        return !id.isEmpty()
                && document.getElementsByAttributeValue("for", id).stream()
                        .anyMatch(label ->
                                label.tagName().equals("label") && !label.text().isBlank());
    }
}
