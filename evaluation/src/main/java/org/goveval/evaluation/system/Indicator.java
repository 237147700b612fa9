package org.goveval.evaluation.system;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A node of an indicator system's tree: a first-, second- or third-level indicator. Only leaves (scored
 * indicators) carry weights; an inner node's weight in a column is the sum of its leaves' weights there.
 *
 * @param level 1 for a first-level indicator, 2 and 3 below it
 * @param bonus whether this belongs to a bonus first-level indicator (加分项)
 * @param summary the lead sentence of the evaluation points, or the empty string
 * @param weights for a leaf, its weight per column id; a column it is not assessed in ("—") is absent
 * @param declared the totals printed in the source for this node, per column (checked by the loader)
 */
public record Indicator(
        String id,
        String name,
        int level,
        boolean bonus,
        String summary,
        List<String> points,
        List<String> notes,
        Map<String, BigDecimal> weights,
        Set<Assessment> assessment,
        List<CaseCategory> caseCategories,
        Map<String, BigDecimal> declared,
        List<Indicator> children) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (level < 1) {
            throw new IllegalArgumentException("level must be 1 or more: " + level);
        }
        points = List.copyOf(points);
        notes = List.copyOf(notes);
        weights = ordered(weights);
        assessment = Set.copyOf(assessment);
        caseCategories = List.copyOf(caseCategories);
        declared = ordered(declared);
        children = List.copyOf(children);
        if (!children.isEmpty() && !weights.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + " has children, so it carries no weights");
        }
    }

    /** An unmodifiable copy that keeps the columns in published order. */
    private static Map<String, BigDecimal> ordered(Map<String, BigDecimal> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This node and every node below it, depth first in published order. */
    public Stream<Indicator> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Indicator::flatten));
    }

    /** The scored indicators at or below this node, in published order. */
    public Stream<Indicator> leaves() {
        return flatten().filter(Indicator::isLeaf);
    }

    /** This leaf's weight in a column; empty when it is not assessed there or when this is not a leaf. */
    public Optional<BigDecimal> weight(String column) {
        return Optional.ofNullable(weights.get(column));
    }

    /** The sum of the leaf weights at or below this node in a column (zero when none is assessed). */
    public BigDecimal totalWeight(String column) {
        return leaves().map(l -> l.weights.getOrDefault(column, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether any leaf at or below this node is assessed in a column. */
    public boolean assessedIn(String column) {
        return leaves().anyMatch(l -> l.weights.containsKey(column));
    }
}
