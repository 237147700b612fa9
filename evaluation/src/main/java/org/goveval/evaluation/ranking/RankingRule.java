package org.goveval.evaluation.ranking;

import java.util.Locale;

/** How ranks are numbered when totals are equal. */
public enum RankingRule {
    /** 1, 2, 2, 3: the next distinct total takes the next rank (the CSTC reports). */
    DENSE,
    /** 1, 2, 2, 4: the next distinct total skips the ranks the tie used (standard competition ranking). */
    COMPETITION;

    /** Parses {@code dense} or {@code competition}, in any case. */
    public static RankingRule parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ranking rule '" + text + "' (dense or competition)", e);
        }
    }
}
