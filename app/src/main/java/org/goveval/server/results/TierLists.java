package org.goveval.server.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goveval.evaluation.ranking.Tier;
import org.goveval.evaluation.ranking.Tiers;
import org.jspecify.annotations.Nullable;

/**
 * A published table split into tier lists: every tier of the scale, highest first, each with the table's
 * units of that tier in the table's published order (rank, then administrative-division order for ties), so
 * a tier list never reorders what the table published. A tier without units is kept, empty.
 */
public final class TierLists {
    /**
     * One tier and its units: totals from {@code threshold} up to below {@code below}, the next tier's
     * threshold (null for the highest tier).
     */
    public record TierList(
            String name, BigDecimal threshold, @Nullable BigDecimal below, List<ResultsStore.ResultRow> rows) {}

    private TierLists() {}

    public static List<TierList> of(List<ResultsStore.ResultRow> rowsInPublishedOrder, Tiers tiers) {
        Map<String, List<ResultsStore.ResultRow>> byTier = new LinkedHashMap<>();
        for (Tier tier : tiers.list()) {
            byTier.put(tier.name(), new ArrayList<>());
        }
        for (ResultsStore.ResultRow row : rowsInPublishedOrder) {
            // by the published total, as the stored tier column was computed
            byTier.get(tiers.of(row.total()).name()).add(row);
        }
        List<TierList> lists = new ArrayList<>();
        BigDecimal below = null;
        for (Tier tier : tiers.list()) {
            lists.add(new TierList(tier.name(), tier.threshold(), below, List.copyOf(byTier.get(tier.name()))));
            below = tier.threshold();
        }
        return lists;
    }
}
