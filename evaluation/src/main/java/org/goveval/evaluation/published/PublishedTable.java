package org.goveval.evaluation.published;

import java.util.List;
import java.util.Objects;
import org.goveval.evaluation.ranking.RankingGroup;

/**
 * A published result table: one ranking group of one evaluation, rows in published order.
 *
 * @param systemId the indicator system the indices belong to
 * @param column the weight column (level) of that system the group is assessed in
 * @param orderedByRule whether the report states that equal ranks are listed in division order (its footnote
 *     排名相同按照行政区划排列); where it does not, the printed order of ties is not reproducible
 */
public record PublishedTable(
        String id,
        String title,
        RankingGroup group,
        String systemId,
        String column,
        boolean orderedByRule,
        List<String> indexColumns,
        List<PublishedRow> rows) {
    public PublishedTable {
        Objects.requireNonNull(id, "id");
        indexColumns = List.copyOf(indexColumns);
        rows = List.copyOf(rows);
    }
}
