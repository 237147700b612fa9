package org.goveval.monitor.content.govcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.goveval.evaluation.system.Indicator;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystemException;
import org.goveval.evaluation.system.IndicatorSystems;
import org.goveval.evaluation.system.WeightColumn;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Which CSTC third-level indicators the monitor informs and by which {@link CstcRule}, with their weights
 * taken from the indicator systems themselves (so a corrected weight needs no change here). Loading checks
 * every id against the systems: a mapping to an indicator that does not exist, or is not scored, rejects the
 * file with file, line and field.
 */
public record CstcMapping(List<Entry> entries, Map<String, List<String>> columns) {
    /** The bundled mapping for the 2020 systems. */
    public static final String RESOURCE = "goveval/govcheck/cstc-2020-mapping.yaml";

    /**
     * One mapped indicator.
     *
     * @param weights its weight per column where it is assessed
     * @param points how many evaluation points (评估要点) it lists
     */
    public record Entry(CstcRule rule, String system, String indicator, Map<String, BigDecimal> weights, int points) {
        public Entry {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(indicator, "indicator");
            weights = Map.copyOf(weights);
        }
    }

    public CstcMapping {
        entries = List.copyOf(entries);
        columns = Map.copyOf(columns);
    }

    /** The bundled mapping against the bundled systems. */
    public static CstcMapping bundled() {
        try (InputStream in = CstcMapping.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + RESOURCE);
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), IndicatorSystems.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a mapping file and resolves it against indicator systems.
     *
     * @throws IndicatorSystemException listing every problem
     */
    public static CstcMapping parse(String file, String text, IndicatorSystems systems) {
        YamlTree.Root root = YamlTree.parse(file, text);
        YamlTree tree = root.tree();
        Map<String, Node> map = tree.mapping(root.node(), "", Set.of("mappings"));
        List<Entry> entries = new ArrayList<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Node list = map.get("mappings");
        List<Node> items = list == null ? List.of() : tree.items(list, "mappings");
        if (list == null) {
            tree.problem(root.node(), "mappings", "is required");
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "mappings[" + i + "]";
            Node node = items.get(i);
            Map<String, Node> item = tree.mapping(node, path, Set.of("rule", "name", "indicators"));
            Optional<CstcRule> rule =
                    tree.text(item, node, path, "rule").flatMap(r -> rule(tree, item.get("rule"), path, r));
            tree.text(item, node, path, "name");
            Node indicators = item.get("indicators");
            if (indicators == null) {
                tree.problem(node, path + ".indicators", "is required");
                continue;
            }
            Map<String, Node> bySystem = tree.mapping(indicators, path + ".indicators", systemIds(systems));
            for (Map.Entry<String, Node> e : bySystem.entrySet()) {
                String field = path + ".indicators." + e.getKey();
                IndicatorSystem system = systems.get(e.getKey()).orElseThrow();
                Optional<Entry> entry = tree.text(bySystem, indicators, path + ".indicators", e.getKey())
                        .flatMap(id -> resolve(tree, e.getValue(), field, system, id))
                        .flatMap(ind -> rule.map(r -> new Entry(
                                r,
                                system.id(),
                                ind.id(),
                                ind.weights(),
                                ind.points().size())));
                entry.ifPresent(entries::add);
                columns.putIfAbsent(
                        system.id(),
                        system.columns().stream().map(WeightColumn::id).toList());
            }
        }
        tree.fail();
        return new CstcMapping(entries, columns);
    }

    private static Set<String> systemIds(IndicatorSystems systems) {
        return Set.copyOf(systems.all().stream().map(IndicatorSystem::id).toList());
    }

    private static Optional<Indicator> resolve(
            YamlTree tree, Node node, String field, IndicatorSystem system, String id) {
        Optional<Indicator> indicator = system.indicator(id);
        if (indicator.isEmpty()) {
            tree.problem(node, field, "no indicator '" + id + "' in " + system.id());
            return Optional.empty();
        }
        if (!indicator.get().isLeaf() || indicator.get().bonus()) {
            tree.problem(node, field, "'" + id + "' is not a scored indicator of " + system.id());
            return Optional.empty();
        }
        return indicator;
    }

    private static Optional<CstcRule> rule(YamlTree tree, Node node, String path, String text) {
        for (CstcRule r : CstcRule.values()) {
            if (r.name().equals(text)) {
                return Optional.of(r);
            }
        }
        tree.problem(
                node, path + ".rule", "unknown rule '" + text + "'; expected one of " + List.of(CstcRule.values()));
        return Optional.empty();
    }
}
