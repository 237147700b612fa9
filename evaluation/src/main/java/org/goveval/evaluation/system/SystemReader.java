package org.goveval.evaluation.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns the YAML tree of one indicator-system file into records, recording a problem for every field that
 * is missing, misspelt or of the wrong type. The arithmetic rules are {@link SystemRules}' job.
 */
final class SystemReader {
    static final int MAX_LEVEL = 3;
    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SYSTEM_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> NOT_ASSESSED = Set.of("—", "——", "-", "－");

    private final Problems problems;
    private final Optional<String> expectedId;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private List<WeightColumn> columns = List.of();

    /** @param expectedId the id the file name promises, when reading a file */
    SystemReader(Problems problems, Optional<String> expectedId) {
        this.problems = problems;
        this.expectedId = expectedId;
    }

    /** The YAML node each indicator id was read from, for line numbers in later checks. */
    Map<String, Node> nodes() {
        return nodes;
    }

    Optional<IndicatorSystem> read(Node root) {
        Optional<YamlMapping> doc = YamlMapping.of(problems, "", root);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping m = doc.get();
        Optional<String> id = m.string("id", true);
        id.filter(v -> !SYSTEM_ID.matcher(v).matches())
                .ifPresent(v ->
                        problems.add(m.node(), "id", "must be lowercase letters, digits and '-', found '" + v + "'"));
        id.filter(v -> expectedId.isPresent() && !expectedId.get().equals(v))
                .ifPresent(v -> problems.add(
                        m.optional("id").orElseThrow(),
                        "id",
                        "the file of system '" + v + "' must be named " + v + ".yaml"));
        Optional<Integer> year = m.number("year", true).flatMap(y -> wholeYear(m, y));
        Optional<String> name = m.string("name", true);
        Optional<String> issuer = m.string("issuer", false);
        Optional<String> source = m.string("source", true);
        columns = readColumns(m);
        Optional<BigDecimal> base = m.number("base", true);
        Optional<BigDecimal> bonus = m.number("bonus", true);
        List<Indicator> indicators = new ArrayList<>();
        List<Node> items = m.items("indicators", true);
        for (Node item : items) {
            readIndicator(item, Optional.empty(), 1, false).ifPresent(indicators::add);
        }
        if (items.isEmpty() && m.has("indicators")) {
            problems.add(m.node(), "indicators", "must list at least one first-level indicator");
        }
        m.finish();
        if (!problems.isEmpty()
                || id.isEmpty()
                || year.isEmpty()
                || name.isEmpty()
                || base.isEmpty()
                || bonus.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorSystem(
                id.get(),
                year.get(),
                name.get(),
                issuer.orElse(""),
                source.orElse(""),
                columns,
                base.get(),
                bonus.get(),
                indicators));
    }

    private Optional<Integer> wholeYear(YamlMapping m, BigDecimal year) {
        try {
            return Optional.of(year.intValueExact());
        } catch (ArithmeticException e) {
            m.optional("year")
                    .ifPresent(n -> problems.add(n, "year", "expected a whole year, found " + year.toPlainString()));
            return Optional.empty();
        }
    }

    private List<WeightColumn> readColumns(YamlMapping m) {
        List<WeightColumn> result = new ArrayList<>();
        m.required("columns")
                .flatMap(n -> YamlMapping.of(problems, "columns", n))
                .ifPresent(cols -> {
                    for (String key : cols.keysInOrder()) {
                        if (!SEGMENT.matcher(key).matches()) {
                            problems.add(
                                    cols.node(), cols.field(key), "a column id is lowercase letters, digits and '-'");
                        }
                        cols.string(key, true).ifPresent(label -> result.add(new WeightColumn(key, label)));
                    }
                    if (result.isEmpty()) {
                        problems.add(cols.node(), "columns", "must name at least one weight column");
                    }
                    cols.finish();
                });
        return result;
    }

    /**
     * @param parentId the parent's id; empty for a first-level indicator, and for the children of a parent
     *     whose id is missing (already reported), so that they are not blamed for it
     */
    private Optional<Indicator> readIndicator(Node node, Optional<String> parentId, int level, boolean inBonus) {
        String path = "indicators["
                + YamlMapping.peek(node, "id")
                        .orElse(parentId.map(p -> p + ".?").orElse("?")) + "]";
        Optional<YamlMapping> mapping = YamlMapping.of(problems, path, node);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping m = mapping.get();
        Optional<String> id = m.string("id", true);
        id.ifPresent(v -> checkId(node, path, v, parentId, level));
        Optional<String> name = m.string("name", true);
        boolean bonus = inBonus;
        if (m.has("bonus")) {
            if (level != 1) {
                problems.add(node, m.field("bonus"), "only a first-level indicator can be a bonus");
            }
            bonus = m.flag("bonus") || inBonus;
        }
        String summary = m.string("summary", false).orElse("");
        List<String> points = m.strings("points");
        List<String> notes = m.strings("notes");
        List<CaseCategory> categories = readCategories(m);
        Map<String, BigDecimal> declared = m.has("declared") ? readWeights(m, "declared") : Map.of();
        List<Indicator> children = new ArrayList<>();
        if (m.has("children")) {
            if (level == MAX_LEVEL) {
                problems.add(node, m.field("children"), "a third-level indicator has no children");
            }
            for (Node child : m.items("children", true)) {
                readIndicator(child, id, level + 1, bonus).ifPresent(children::add);
            }
        }
        boolean leaf = !m.has("children");
        Map<String, BigDecimal> weights = Map.of();
        Set<Assessment> assessment = EnumSet.noneOf(Assessment.class);
        if (leaf) {
            weights = m.has("weights") ? readWeights(m, "weights") : missing(m, "weights");
            assessment = readAssessment(m);
            if (m.has("weights") && weights.isEmpty() && !columns.isEmpty()) {
                problems.add(node, m.field("weights"), "not assessed in any column");
            }
        } else {
            for (String key : List.of("weights", "assessment")) {
                if (m.has(key)) {
                    problems.add(node, m.field(key), "only a scored indicator (one without children) has " + key);
                    m.optional(key);
                }
            }
        }
        m.finish();
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(
                id.get(),
                name.get(),
                level,
                bonus,
                summary,
                points,
                notes,
                weights,
                assessment,
                categories,
                declared,
                children));
    }

    private Map<String, BigDecimal> missing(YamlMapping m, String key) {
        m.required(key);
        return Map.of();
    }

    private void checkId(Node node, String path, String id, Optional<String> parentId, int level) {
        String segment = id.substring(id.lastIndexOf('.') + 1);
        if (parentId.isPresent()) {
            if (!id.startsWith(parentId.get() + ".")) {
                problems.add(node, path + ".id", "must start with its parent's id '" + parentId.get() + ".'");
                return;
            }
            segment = id.substring(parentId.get().length() + 1);
        } else if (level == 1) {
            segment = id;
        }
        if (!SEGMENT.matcher(segment).matches()) {
            problems.add(
                    node,
                    path + ".id",
                    "each id segment is lowercase letters, digits and '-', found '" + segment + "'");
        }
        if (nodes.putIfAbsent(id, node) != null) {
            problems.add(
                    node, path + ".id", "duplicate id (first used on line " + Problems.lineOf(nodes.get(id)) + ")");
        }
    }

    private Map<String, BigDecimal> readWeights(YamlMapping owner, String key) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        owner.required(key)
                .flatMap(n -> YamlMapping.of(problems, owner.field(key), n))
                .ifPresent(w -> {
                    if (columns.isEmpty()) {
                        w.keysInOrder()
                                .forEach(w::optional); // the missing columns are reported; nothing to check against
                        return;
                    }
                    for (WeightColumn column : columns) {
                        w.string(column.id(), true).ifPresent(text -> {
                            if (NOT_ASSESSED.contains(text)) {
                                return;
                            }
                            w.optional(column.id())
                                    .flatMap(n -> w.number(n, w.field(column.id())))
                                    .ifPresent(value -> {
                                        if (value.signum() < 0) {
                                            problems.add(
                                                    w.node(),
                                                    w.field(column.id()),
                                                    "weights cannot be negative, found " + value.toPlainString());
                                        } else {
                                            result.put(column.id(), value);
                                        }
                                    });
                        });
                    }
                    for (String unknown : w.keysInOrder()) {
                        if (columns.stream().noneMatch(c -> c.id().equals(unknown))) {
                            w.optional(unknown);
                            problems.add(
                                    w.node(),
                                    w.field(unknown),
                                    "unknown weight column (the system's columns are "
                                            + columns.stream()
                                                    .map(WeightColumn::id)
                                                    .toList() + ")");
                        }
                    }
                    w.finish();
                });
        return result;
    }

    private Set<Assessment> readAssessment(YamlMapping m) {
        Set<Assessment> result = EnumSet.noneOf(Assessment.class);
        List<Node> items = m.items("assessment", true);
        for (int i = 0; i < items.size(); i++) {
            String field = m.field("assessment") + "[" + i + "]";
            Node item = items.get(i);
            m.scalar(item, field)
                    .ifPresent(text -> Assessment.ofKey(text)
                            .ifPresentOrElse(
                                    result::add,
                                    () -> problems.add(
                                            item,
                                            field,
                                            "unknown assessment '" + text
                                                    + "' (monitor, manual, request, expert or vote)")));
        }
        if (items.isEmpty() && m.has("assessment")) {
            problems.add(m.node(), m.field("assessment"), "must name at least one way of assessing");
        }
        return result;
    }

    private List<CaseCategory> readCategories(YamlMapping m) {
        List<CaseCategory> result = new ArrayList<>();
        List<Node> items = m.items("caseCategories", false);
        for (int i = 0; i < items.size(); i++) {
            String base = m.field("caseCategories") + "[" + i + "]";
            Node item = items.get(i);
            YamlMapping.of(problems, base, item).ifPresent(c -> {
                Optional<String> id = c.string("id", true);
                Optional<String> name = c.string("name", true);
                String description = c.string("description", false).orElse("");
                c.finish();
                if (id.isPresent() && name.isPresent()) {
                    if (result.stream().anyMatch(r -> r.id().equals(id.get()))) {
                        problems.add(item, base + ".id", "duplicate case category id '" + id.get() + "'");
                    }
                    result.add(new CaseCategory(id.get(), name.get(), description));
                }
            });
        }
        return result;
    }
}
