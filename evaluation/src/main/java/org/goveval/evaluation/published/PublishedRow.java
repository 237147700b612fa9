package org.goveval.evaluation.published;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a published result table, exactly as printed.
 *
 * @param adminCode the unit's division code (6 digits)
 * @param parent the parent unit as printed (区县: 所属城市), or the empty string
 * @param indices first-level id → index with two decimals, in the table's column order
 * @param total the published total with one decimal
 */
public record PublishedRow(
        int rank, String name, String adminCode, String parent, Map<String, BigDecimal> indices, BigDecimal total) {
    public PublishedRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(adminCode, "adminCode");
        Objects.requireNonNull(parent, "parent");
        indices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indices));
        Objects.requireNonNull(total, "total");
    }
}
