package org.goveval.evaluation.system;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The arithmetic every indicator system must satisfy: {@code base} is 100, in each weight column the
 * non-bonus leaves sum to 100 and the bonus leaves to {@code bonus}, and every printed total
 * ({@code declared}) equals the sum of the leaves below it.
 */
final class SystemRules {
    /** The only valid {@code base}: the non-bonus weights of every column sum to 100. */
    static final BigDecimal BASE = BigDecimal.valueOf(100);

    static final String BASE_MESSAGE =
            "must be 100: every weight column's non-bonus weights sum to 100 (the bonus comes on top)";

    private SystemRules() {}

    static void check(IndicatorSystem system, Node root, Map<String, Node> nodes, Problems problems) {
        // A wrong base is one mistake: reported once, on its own line, not again as every column's sum.
        boolean baseValid = system.base().compareTo(BASE) == 0;
        if (!baseValid) {
            problems.add(valueOf(root, "base").orElse(root), "base", BASE_MESSAGE);
        }
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
            if (baseValid && base.compareTo(BASE) != 0) {
                problems.add(
                        root,
                        "columns." + column.id(),
                        "the non-bonus weights of column '" + column.id() + "' sum to " + base.toPlainString()
                                + ", but base is " + BASE.toPlainString());
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

    /** The value node of a top-level key, for the line of a problem about it. */
    private static Optional<Node> valueOf(Node root, String key) {
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(tuple.getValueNode());
                }
            }
        }
        return Optional.empty();
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
