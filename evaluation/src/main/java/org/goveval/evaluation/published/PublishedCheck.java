package org.goveval.evaluation.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goveval.evaluation.ranking.Contender;
import org.goveval.evaluation.ranking.Ranked;
import org.goveval.evaluation.ranking.Ranking;
import org.goveval.evaluation.ranking.RankingRule;
import org.goveval.evaluation.scoring.Scoring;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystems;

/**
 * Recomputes a published table: totals from its printed indices with the system's weights, and ranks from
 * its printed totals with the dense rule and division-code tie order.
 */
public final class PublishedCheck {
    private PublishedCheck() {}

    public static TableCheck check(PublishedTable table, IndicatorSystems systems) {
        IndicatorSystem system = systems.get(table.systemId())
                .orElseThrow(() -> new IllegalArgumentException("unknown indicator system " + table.systemId()));
        BigDecimal max = BigDecimal.ZERO;
        String worst = "";
        for (PublishedRow row : table.rows()) {
            BigDecimal deviation = Scoring.totalFromIndices(system, table.column(), row.indices())
                    .subtract(row.total())
                    .abs();
            if (deviation.compareTo(max) > 0) {
                max = deviation;
                worst = row.name();
            }
        }
        List<Contender<PublishedRow>> contenders = table.rows().stream()
                .map(r -> new Contender<>(r, r.total(), Long.parseLong(r.adminCode())))
                .toList();
        List<Ranked<PublishedRow>> ranked = Ranking.rank(contenders, RankingRule.DENSE);
        List<String> mismatches = new ArrayList<>();
        boolean order = true;
        for (int i = 0; i < ranked.size(); i++) {
            Ranked<PublishedRow> r = ranked.get(i);
            if (r.rank() != r.item().rank()) {
                mismatches.add(r.item().name() + " (published " + r.item().rank() + ", computed " + r.rank() + ")");
            }
            order &= r.item() == table.rows().get(i);
        }
        return new TableCheck(table, max, worst, mismatches, order);
    }
}
