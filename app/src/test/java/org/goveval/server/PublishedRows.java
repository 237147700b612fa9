package org.goveval.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.goveval.evaluation.published.PublishedRow;
import org.goveval.evaluation.published.PublishedTable;
import org.goveval.evaluation.ranking.Tiers;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.reference.Region;

/**
 * The truth the results pages are checked against: each row of an evaluation-module table as the page must
 * show it, its cells joined by {@code |} (rank, name, region or —, the indices, total, tier).
 */
final class PublishedRows {
    private PublishedRows() {}

    static List<String> expected(PublishedTable table, Divisions divisions, Tiers tiers) {
        List<String> expected = new ArrayList<>();
        for (PublishedRow row : table.rows()) {
            String region = divisions
                    .byCode(row.adminCode())
                    .flatMap(d -> d.region())
                    .map(Region::label)
                    .orElse("—");
            String indices = row.indices().values().stream()
                    .map(BigDecimal::toPlainString)
                    .collect(Collectors.joining("|"));
            expected.add(row.rank() + "|" + row.name() + "|" + region + "|" + indices + "|"
                    + row.total().toPlainString() + "|" + tiers.of(row.total()).name());
        }
        return expected;
    }
}
