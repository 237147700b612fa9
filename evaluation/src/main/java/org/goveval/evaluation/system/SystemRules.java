package org.goveval.evaluation.system;

import java.math.BigDecimal;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The arithmetic every indicator system must satisfy: in each weight column the non-bonus leaves sum to
 * {@code base} and the bonus leaves to {@code bonus}, and every printed total ({@code declared}) equals the
 * sum of the leaves below it.
 */
final class SystemRules {
    private SystemRules() {}

    static void check(IndicatorSystem system, Node root, Map<String, Node> nodes, Problems problems) {
        for (WeightColumn column : system.columns()) {
            BigDecimal base = BigDecimal.ZERO;
            BigDecimal bonus = BigDecimal.ZERO;
            for (Indicator leaf : system.leaves()) {
                BigDecimal w = leaf.weights().getOrDefault(column.id(), BigDecimal.ZERO);
                if (leaf.bonus()) {
                    bonus = bonus.add(w);
                } else {
                    base = base.add(w);
                }
            }
            if (base.compareTo(system.base()) != 0) {
                problems.add(
                        root,
                        "columns." + column.id(),
                        "the non-bonus weights of column '" + column.id() + "' sum to " + base.toPlainString()
                                + ", but base is " + system.base().toPlainString());
            }
            if (bonus.compareTo(system.bonus()) != 0) {
                problems.add(
                        root,
                        "columns." + column.id(),
                        "the bonus weights of column '" + column.id() + "' sum to " + bonus.toPlainString()
                                + ", but bonus is " + system.bonus().toPlainString());
            }
        }
        system.indicators().stream()
                .flatMap(Indicator::flatten)
                .forEach(i -> checkDeclared(i, nodes.get(i.id()), problems));
    }

    private static void checkDeclared(Indicator indicator, Node node, Problems problems) {
        indicator.declared().forEach((column, printed) -> {
            BigDecimal sum = indicator.totalWeight(column);
            if (sum.compareTo(printed) != 0) {
                problems.add(
                        node,
                        "indicators[" + indicator.id() + "].declared." + column,
                        "printed as " + printed.toPlainString() + " but its leaves sum to " + sum.toPlainString());
            }
        });
    }
}
