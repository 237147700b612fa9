package org.goveval.server.results;

import java.util.List;
import org.goveval.evaluation.ranking.Tier;
import org.goveval.evaluation.ranking.Tiers;

/**
 * What a published table's chart draws: every unit's total in published order, coloured by its published
 * tier, with the tier thresholds as lines, so that a reader sees at a glance where the table crosses from one
 * tier to the next. Plain lists, because Thymeleaf writes them into the page as JSON.
 *
 * @param bars one [name, total, tier] per row, in published order
 * @param thresholds one [threshold, tier name] per tier above the lowest (whose threshold, 0, draws nothing)
 * @param tierNames the tiers, highest first, for the colours and the legend
 */
public record ResultsChart(List<List<Object>> bars, List<List<Object>> thresholds, List<String> tierNames) {
    public static ResultsChart of(List<ResultsStore.ResultRow> rows, Tiers tiers) {
        List<List<Object>> bars = rows.stream()
                .map(r -> List.<Object>of(r.name(), r.total(), r.tier()))
                .toList();
        List<List<Object>> thresholds = tiers.list().stream()
                .filter(t -> t.threshold().signum() > 0)
                .map(t -> List.<Object>of(t.threshold(), t.name()))
                .toList();
        return new ResultsChart(
                bars, thresholds, tiers.list().stream().map(Tier::name).toList());
    }
}
