package org.goveval.evaluation.system;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An indicator system (指标体系) of one year: a tree of first-, second- and third-level indicators with a
 * weight per weight column on every scored leaf. Built by {@link IndicatorSystemLoader}, which guarantees the
 * invariants documented in {@code docs/indicator-systems.md} (unique ids, weights summing to {@code base}
 * plus {@code bonus} in every column).
 */
public record IndicatorSystem(
        String id,
        int year,
        String name,
        String issuer,
        String source,
        List<WeightColumn> columns,
        BigDecimal base,
        BigDecimal bonus,
        List<Indicator> indicators) {

    public IndicatorSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        indicators = List.copyOf(indicators);
    }

    public Optional<WeightColumn> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    /** Any indicator of the tree by id. */
    public Optional<Indicator> indicator(String indicatorId) {
        return Optional.ofNullable(byId().get(indicatorId));
    }

    private Map<String, Indicator> byId() {
        return indicators.stream()
                .flatMap(Indicator::flatten)
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    /** Every scored indicator (leaf), in published order. */
    public List<Indicator> leaves() {
        return indicators.stream().flatMap(Indicator::leaves).toList();
    }

    /** The first-level indicators that have at least one leaf assessed in a column, in published order. */
    public List<Indicator> firstLevelsAssessedIn(String columnId) {
        return indicators.stream().filter(i -> i.assessedIn(columnId)).toList();
    }

    /** The maximum total in a column: the sum of every weight there, bonus included. */
    public BigDecimal maximum(String columnId) {
        return indicators.stream().map(i -> i.totalWeight(columnId)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
