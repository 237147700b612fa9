package org.goveval.monitor.content.wording;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * The hiding rules of a page's {@code <style>} blocks, applied to its elements with jsoup's selector engine.
 * This is no CSS engine, and says so: only rules whose declarations hide ({@link Concealment}) are read; their
 * selectors are applied as jsoup understands them (type, class, id, attribute, descendant and child
 * combinators); selectors with a pseudo-class or pseudo-element ({@code li:hover ul}) and at-rules ({@code
 * @media print}) are skipped; a later rule that shows the element again, specificity, external stylesheets and
 * styles set by scripts are not considered. An element's inline style overrides the rules property by property.
 */
final class StyleSheetRules {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /** What the hiding rules that match one element declare, and the first such rule's selector. */
    record Applied(String selector, Map<String, String> declarations) {}

    private final Map<Element, Applied> applied = new IdentityHashMap<>();

    private StyleSheetRules() {}

    static StyleSheetRules of(Document document) {
        StyleSheetRules rules = new StyleSheetRules();
        for (Element style : document.select("style")) {
            rules.read(document, COMMENT.matcher(style.data()).replaceAll(" "));
        }
        return rules;
    }

    /** The hiding declarations of rules matching the element; empty when none matches. */
    Optional<Applied> on(Element element) {
        return Optional.ofNullable(applied.get(element));
    }

    private void read(Document document, String css) {
        int at = 0;
        while (at < css.length()) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                return;
            }
            String prelude = css.substring(at, open).strip();
            if (prelude.startsWith("@")) {
                at = afterBlock(css, open);
                continue;
            }
            int close = css.indexOf('}', open);
            if (close < 0) {
                return;
            }
            Map<String, String> declarations = Concealment.declarations(css.substring(open + 1, close));
            if (Concealment.of(declarations).isPresent()) {
                apply(document, prelude, declarations);
            }
            at = close + 1;
        }
    }

    private void apply(Document document, String selectors, Map<String, String> declarations) {
        for (String selector : selectors.split(",")) {
            String query = selector.strip();
            if (query.isEmpty() || query.contains(":")) {
                continue;
            }
            Elements matched;
            try {
                matched = document.select(query);
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                continue; // CSS that jsoup does not read: not resolved (see the class comment)
            }
            for (Element element : matched) {
                applied.merge(
                        element,
                        new Applied(query, declarations),
                        (old, added) -> new Applied(old.selector(), merge(old.declarations(), added.declarations())));
            }
        }
    }

    private static Map<String, String> merge(Map<String, String> first, Map<String, String> later) {
        Map<String, String> all = new LinkedHashMap<>(first);
        all.putAll(later);
        return all;
    }

    /** The index after the block opened at {@code open}, nested blocks included. */
    private static int afterBlock(String css, int open) {
        int depth = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return css.length();
    }
}
