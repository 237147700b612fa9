package org.goveval.monitor.content.wording;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.goveval.monitor.content.CrawledPage;
import org.jsoup.nodes.Element;

/**
 * Judges a linked page by its vocabulary: gambling or pornographic when it shows at least {@code poisonedTerms}
 * distinct terms of the category with one of them in its head (title, meta keywords, meta description), or
 * {@code poisonedTermsInTextOnly} anywhere. A re-registered domain advertises itself in its head; a news page
 * that mentions gambling rarely reaches the threshold, and one that uses the words of a crackdown (破获, 查处
 * …) is left to a person.
 */
final class LinkedPageJudge {
    private final WordingDictionary dictionary;
    private final WordingSettings settings;

    /**
     * What a linked page serves.
     *
     * @param terms the category's distinct terms, sorted
     * @param reporting whether the page also uses crackdown vocabulary (then a person judges)
     */
    record Verdict(DictionaryCategory category, List<String> terms, boolean reporting, String title) {}

    LinkedPageJudge(WordingDictionary dictionary, WordingSettings settings) {
        this.dictionary = dictionary;
        this.settings = settings;
    }

    Optional<Verdict> judge(CrawledPage page) {
        String head = page.title() + " " + meta(page, "keywords") + " " + meta(page, "description");
        Map<DictionaryCategory, TreeSet<String>> inHead = terms(head);
        Map<DictionaryCategory, TreeSet<String>> all = terms(head + " " + page.text());
        boolean reporting = all.containsKey(DictionaryCategory.REPORTING);
        Optional<Verdict> best = Optional.empty();
        for (DictionaryCategory category : List.of(DictionaryCategory.GAMBLING, DictionaryCategory.PORNOGRAPHY)) {
            TreeSet<String> found = all.getOrDefault(category, new TreeSet<>());
            boolean advertised = inHead.containsKey(category);
            boolean enough = found.size() >= settings.poisonedTermsInTextOnly()
                    || (advertised && found.size() >= settings.poisonedTerms());
            if (enough && best.map(v -> v.terms().size() < found.size()).orElse(true)) {
                best = Optional.of(new Verdict(category, List.copyOf(found), reporting, page.title()));
            }
        }
        return best;
    }

    private Map<DictionaryCategory, TreeSet<String>> terms(String text) {
        Map<DictionaryCategory, TreeSet<String>> found = new EnumMap<>(DictionaryCategory.class);
        for (TermMatch match : dictionary.linkedMatches(text)) {
            DictionaryCategory category = match.entry().category();
            if (category != DictionaryCategory.ALLOWED) {
                found.computeIfAbsent(category, c -> new TreeSet<>())
                        .add(match.entry().term());
            }
        }
        return found;
    }

    private static String meta(CrawledPage page, String name) {
        for (Element meta : page.document().select("meta[name][content]")) {
            if (meta.attr("name").equalsIgnoreCase(name)) {
                return meta.attr("content");
            }
        }
        return "";
    }
}
