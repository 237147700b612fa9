package org.goveval.monitor.content.wording;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the wording, hidden-link and poisoned-link checks work.
 *
 * @param dictionaries the user's dictionary files, loaded after the starter dictionary in this order (format:
 *     {@link WordingDictionary})
 * @param pagesPerFinding how many pages a finding lists with their evidence; more are counted, not listed
 * @param trustedHostSuffixes hidden links to hosts under these suffixes are not reported: the drop-down site
 *     lists (政府网站群, 部门网站) of government portals hide links to other government sites until hovered
 * @param poisonedTerms distinct terms of one category a linked page must show, one of them in its title, meta
 *     keywords or meta description, to be judged gambling or pornographic
 * @param poisonedTermsInTextOnly distinct terms enough without any in the head
 */
public record WordingSettings(
        List<Path> dictionaries,
        int pagesPerFinding,
        List<String> trustedHostSuffixes,
        int poisonedTerms,
        int poisonedTermsInTextOnly) {
    public WordingSettings {
        dictionaries = List.copyOf(dictionaries);
        trustedHostSuffixes = trustedHostSuffixes.stream()
                .map(suffix -> suffix.toLowerCase(Locale.ROOT))
                .toList();
        if (pagesPerFinding < 1) {
            throw new IllegalArgumentException("pagesPerFinding must be positive: " + pagesPerFinding);
        }
        if (poisonedTerms < 1 || poisonedTermsInTextOnly < poisonedTerms) {
            throw new IllegalArgumentException("need 1 <= poisonedTerms <= poisonedTermsInTextOnly: " + poisonedTerms
                    + ", " + poisonedTermsInTextOnly);
        }
    }

    /**
     * No user dictionary; 20 pages per finding (enough to show a template-wide error, few enough for a report);
     * {@code gov.cn} trusted; 3 distinct terms with one in the head, or 6 in the text alone (see
     * docs/content-checks.md: a re-registered domain advertises itself in its title and keywords, a news page
     * that mentions gambling does not).
     */
    public static WordingSettings defaults() {
        return new WordingSettings(List.of(), 20, List.of("gov.cn"), 3, 6);
    }

    public WordingSettings withDictionaries(List<Path> files) {
        Objects.requireNonNull(files, "files");
        return new WordingSettings(files, pagesPerFinding, trustedHostSuffixes, poisonedTerms, poisonedTermsInTextOnly);
    }

    /** Whether a host is one of the trusted suffixes or under one ({@code www.gov.cn}, {@code gov.cn}). */
    boolean isTrusted(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return trustedHostSuffixes.stream().anyMatch(suffix -> name.equals(suffix) || name.endsWith("." + suffix));
    }
}
