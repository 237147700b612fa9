package org.goveval.monitor.content.wording;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an outdated official name is used historically, where it is right: {@code 原国家工商行政管理总局},
 * {@code 2015年，国家卫生和计划生育委员会印发……}, {@code 将国土资源部的职责整合，组建自然资源部}. The rule, in
 * order:
 *
 * <ol>
 *   <li>the name is directly preceded by {@code 原} (the former …);
 *   <li>its sentence names a year before the one the name went out of use ({@code replacedIn});
 *   <li>its sentence also names the current name (the sentence is about the change).
 * </ol>
 *
 * A sentence ends at 。！？； or their ASCII forms, and reaches at most {@value #REACH} characters either side of
 * the name (a page whose text has no punctuation is not read as one sentence).
 */
final class HistoricalContext {
    static final int REACH = 120;

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final String SENTENCE_ENDS = "。！？；!?;";

    private HistoricalContext() {}

    /** Whether the outdated-name match in {@code text} is historical use; false for other categories. */
    static boolean isHistorical(String text, TermMatch match) {
        DictionaryEntry entry = match.entry();
        if (entry.category() != DictionaryCategory.OUTDATED_NAME
                || entry.replacedIn().isEmpty()) {
            return false;
        }
        if (match.start() > 0 && text.charAt(match.start() - 1) == '原') {
            return true;
        }
        String sentence = sentence(text, match.start(), match.end());
        Matcher years = YEAR.matcher(sentence);
        while (years.find()) {
            if (Integer.parseInt(years.group(1)) < entry.replacedIn().getAsInt()) {
                return true;
            }
        }
        return !entry.suggestion().isEmpty() && sentence.contains(entry.suggestion());
    }

    /** The sentence around {@code [start, end)}, without the name itself (it may contain its successor's name). */
    static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < REACH && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < REACH && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, start) + " " + text.substring(end, to);
    }
}
