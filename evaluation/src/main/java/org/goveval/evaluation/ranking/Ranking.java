package org.goveval.evaluation.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks one ranking group. Totals are first rounded to one decimal, as published; higher totals rank
 * first; equal published totals share a rank and are listed by tie key (division code, or the State
 * Council's official order), as the footnote of every table in seed 001 says (排名相同按照行政区划排列).
 */
public final class Ranking {
    private Ranking() {}

    /** The contenders in ranked order with their ranks; the input order does not matter. */
    public static <T> List<Ranked<T>> rank(List<Contender<T>> contenders, RankingRule rule) {
        List<Contender<T>> sorted = new ArrayList<>(contenders);
        sorted.sort(Comparator.comparing((Contender<T> c) -> Rounding.total(c.total()))
                .reversed()
                .thenComparingLong(Contender::tieKey));
        List<Ranked<T>> result = new ArrayList<>(sorted.size());
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal total = Rounding.total(sorted.get(i).total());
            if (previous == null || total.compareTo(previous) != 0) {
                rank = rule == RankingRule.DENSE ? rank + 1 : i + 1;
                previous = total;
            }
            result.add(new Ranked<>(sorted.get(i).item(), total, rank));
        }
        return result;
    }
}
