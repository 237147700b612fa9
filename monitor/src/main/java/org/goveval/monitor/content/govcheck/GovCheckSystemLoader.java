package org.goveval.monitor.content.govcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goveval.evaluation.system.IndicatorSystemException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a State Council checks file ({@code gov-check-2019.yaml}; format in {@code docs/content-checks.md}).
 * Rejects the file whole, naming file, line and field of every problem: unknown fields, unknown rules, a rule
 * without the numbers it needs, duplicate ids, values that do not add up to the published totals.
 */
public final class GovCheckSystemLoader {
    private static final Set<String> ROOT =
            Set.of("id", "name", "issuer", "document", "sources", "rules", "vetoes", "deductions", "bonuses");
    private static final Set<String> RULES =
            Set.of("deductionTotal", "bonusTotal", "passMark", "bonusAbove", "noServiceBase");
    private static final Set<String> SOURCED = Set.of("value", "provenance", "note");
    private static final Set<String> ITEM = Set.of("id", "name", "clauses");
    private static final Set<String> GROUP = Set.of("id", "name", "value", "service", "indicators");
    private static final Set<String> PARAMETERS =
            Set.of("min", "days", "probesPerDay", "timeoutSeconds", "share", "per", "homepage", "other");
    private static final Set<String> CLAUSE = union(Set.of("id", "text", "rule", "categories", "review"), PARAMETERS);
    private static final Set<String> INDICATOR = union(Set.of("id", "name", "value", "rule", "categories"), PARAMETERS);

    private static final Set<GovCheckRule> VETO_RULES = EnumSet.of(
            GovCheckRule.MANUAL,
            GovCheckRule.WORDING,
            GovCheckRule.POISONED_LINKS,
            GovCheckRule.HIDDEN_LINKS,
            GovCheckRule.AVAILABILITY,
            GovCheckRule.HOMEPAGE_UPDATES,
            GovCheckRule.STALE_COLUMNS,
            GovCheckRule.BLANK_COLUMNS,
            GovCheckRule.NO_CHANNEL,
            GovCheckRule.UNANSWERED_MESSAGES,
            GovCheckRule.NO_SERVICE,
            GovCheckRule.INCOMPLETE_GUIDES);
    private static final Set<GovCheckRule> SCORE_RULES = EnumSet.of(
            GovCheckRule.MANUAL,
            GovCheckRule.STALE_COLUMNS,
            GovCheckRule.BLANK_COLUMNS,
            GovCheckRule.INCOMPLETE_GUIDES,
            GovCheckRule.BROKEN_LINKS,
            GovCheckRule.SEARCH,
            GovCheckRule.MISSING_MARKS);

    private GovCheckSystemLoader() {}

    /**
     * Parses one file.
     *
     * @param file the file or resource name used in problem reports
     * @throws IndicatorSystemException listing every problem
     */
    public static GovCheckSystem parse(String file, String text) {
        YamlTree.Root root = YamlTree.parse(file, text);
        YamlTree tree = root.tree();
        Map<String, Node> map = tree.mapping(root.node(), "", ROOT);
        Optional<String> id = tree.text(map, root.node(), "", "id");
        Optional<String> name = tree.text(map, root.node(), "", "name");
        tree.text(map, root.node(), "", "issuer");
        Optional<String> document = tree.text(map, root.node(), "", "document");
        Optional.ofNullable(map.get("sources")).ifPresent(n -> tree.texts(n, "sources"));
        Map<String, Sourced> rules = new LinkedHashMap<>();
        Node rulesNode = map.get("rules");
        if (rulesNode == null) {
            tree.problem(root.node(), "rules", "is required");
        } else {
            tree.mapping(rulesNode, "rules", RULES)
                    .forEach((k, v) -> sourced(tree, v, "rules." + k).ifPresent(s -> rules.put(k, s)));
            RULES.stream()
                    .filter(r -> !rules.containsKey(r))
                    .sorted()
                    .forEach(r -> tree.problem(rulesNode, "rules." + r, "is required"));
        }
        Set<String> ids = new HashSet<>();
        List<VetoClause> vetoes = vetoes(tree, map, root.node(), ids);
        List<ScoredIndicator> deductions = new ArrayList<>();
        List<ScoredIndicator> bonuses = new ArrayList<>();
        BigDecimal deductionSum = groups(tree, map, root.node(), "deductions", ids, deductions);
        BigDecimal bonusSum = groups(tree, map, root.node(), "bonuses", ids, bonuses);
        checkTotals(tree, rulesNode, rules, deductionSum, bonusSum, deductions);
        tree.fail();
        return new GovCheckSystem(
                id.orElseThrow(), name.orElseThrow(), document.orElseThrow(), rules, vetoes, deductions, bonuses);
    }

    private static List<VetoClause> vetoes(YamlTree tree, Map<String, Node> map, Node owner, Set<String> ids) {
        List<VetoClause> result = new ArrayList<>();
        Node list = map.get("vetoes");
        if (list == null) {
            tree.problem(owner, "vetoes", "is required");
            return result;
        }
        List<Node> items = tree.items(list, "vetoes");
        for (int i = 0; i < items.size(); i++) {
            String path = "vetoes[" + i + "]";
            Node node = items.get(i);
            Map<String, Node> item = tree.mapping(node, path, ITEM);
            Optional<String> itemId = tree.text(item, node, path, "id").filter(v -> unique(tree, ids, v, node, path));
            Optional<String> itemName = tree.text(item, node, path, "name");
            Node clauses = item.get("clauses");
            if (clauses == null) {
                tree.problem(node, path + ".clauses", "is required");
                continue;
            }
            List<Node> nodes = tree.items(clauses, path + ".clauses");
            for (int c = 0; c < nodes.size(); c++) {
                String clausePath = path + ".clauses[" + c + "]";
                clause(tree, nodes.get(c), clausePath, itemId.orElse(""), itemName.orElse(""), ids)
                        .ifPresent(result::add);
            }
        }
        return result;
    }

    private static Optional<VetoClause> clause(
            YamlTree tree, Node node, String path, String itemId, String itemName, Set<String> ids) {
        Map<String, Node> map = tree.mapping(node, path, CLAUSE);
        Optional<String> id = tree.text(map, node, path, "id").filter(v -> unique(tree, ids, v, node, path));
        id.filter(v -> !v.startsWith(itemId + "."))
                .ifPresent(v -> tree.problem(node, path + ".id", "must start with '" + itemId + ".'"));
        Optional<String> text = tree.text(map, node, path, "text");
        Optional<GovCheckRule> rule = rule(tree, map, node, path, VETO_RULES);
        Map<String, Sourced> parameters = parameters(tree, map, path);
        rule.ifPresent(r -> requireParameters(tree, node, path, r, parameters, true));
        List<String> categories = Optional.ofNullable(map.get("categories"))
                .map(n -> tree.texts(n, path + ".categories"))
                .orElse(List.of());
        boolean review = flag(tree, map, path, "review");
        if (id.isEmpty() || text.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VetoClause(id.get(), itemName, text.get(), rule.get(), categories, parameters, review));
    }

    private static BigDecimal groups(
            YamlTree tree, Map<String, Node> map, Node owner, String key, Set<String> ids, List<ScoredIndicator> out) {
        BigDecimal total = BigDecimal.ZERO;
        Node list = map.get(key);
        if (list == null) {
            tree.problem(owner, key, "is required");
            return total;
        }
        List<Node> groups = tree.items(list, key);
        for (int g = 0; g < groups.size(); g++) {
            String path = key + "[" + g + "]";
            Node node = groups.get(g);
            Map<String, Node> group = tree.mapping(node, path, GROUP);
            Optional<String> groupId = tree.text(group, node, path, "id").filter(v -> unique(tree, ids, v, node, path));
            tree.text(group, node, path, "name");
            Optional<Sourced> value =
                    Optional.ofNullable(group.get("value")).flatMap(v -> sourced(tree, v, path + ".value"));
            if (group.get("value") == null) {
                tree.problem(node, path + ".value", "is required");
            }
            boolean service = flag(tree, group, path, "service");
            BigDecimal sum = BigDecimal.ZERO;
            Node indicators = group.get("indicators");
            List<Node> nodes = indicators == null ? List.of() : tree.items(indicators, path + ".indicators");
            if (indicators == null) {
                tree.problem(node, path + ".indicators", "is required");
            }
            for (int i = 0; i < nodes.size(); i++) {
                Optional<ScoredIndicator> indicator = indicator(
                        tree, nodes.get(i), path + ".indicators[" + i + "]", groupId.orElse(""), service, ids);
                indicator.ifPresent(out::add);
                sum = sum.add(indicator.map(s -> s.value().value()).orElse(BigDecimal.ZERO));
            }
            if (value.isPresent() && value.get().value().compareTo(sum) != 0) {
                tree.problem(
                        node,
                        path + ".value",
                        "is " + value.get().value().toPlainString() + " but its indicators add up to "
                                + sum.toPlainString());
            }
            total = total.add(value.map(Sourced::value).orElse(BigDecimal.ZERO));
        }
        return total;
    }

    private static Optional<ScoredIndicator> indicator(
            YamlTree tree, Node node, String path, String groupId, boolean service, Set<String> ids) {
        Map<String, Node> map = tree.mapping(node, path, INDICATOR);
        Optional<String> id = tree.text(map, node, path, "id").filter(v -> unique(tree, ids, v, node, path));
        id.filter(v -> !v.startsWith(groupId + "."))
                .ifPresent(v -> tree.problem(node, path + ".id", "must start with '" + groupId + ".'"));
        Optional<String> name = tree.text(map, node, path, "name");
        Optional<Sourced> value = Optional.ofNullable(map.get("value")).flatMap(v -> sourced(tree, v, path + ".value"));
        if (map.get("value") == null) {
            tree.problem(node, path + ".value", "is required");
        }
        Optional<GovCheckRule> rule = rule(tree, map, node, path, SCORE_RULES);
        Map<String, Sourced> parameters = parameters(tree, map, path);
        rule.ifPresent(r -> requireParameters(tree, node, path, r, parameters, false));
        List<String> categories = Optional.ofNullable(map.get("categories"))
                .map(n -> tree.texts(n, path + ".categories"))
                .orElse(List.of());
        if (id.isEmpty() || name.isEmpty() || value.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScoredIndicator(
                id.get(), name.get(), groupId, value.get(), rule.get(), categories, parameters, service));
    }

    private static void checkTotals(
            YamlTree tree,
            Node rulesNode,
            Map<String, Sourced> rules,
            BigDecimal deductions,
            BigDecimal bonuses,
            List<ScoredIndicator> indicators) {
        if (rulesNode == null) {
            return;
        }
        compare(tree, rulesNode, rules, "deductionTotal", deductions, "the deduction groups add up to ");
        compare(tree, rulesNode, rules, "bonusTotal", bonuses, "the bonus groups add up to ");
        BigDecimal service = indicators.stream()
                .filter(ScoredIndicator::service)
                .map(i -> i.value().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        compare(
                tree,
                rulesNode,
                rules,
                "noServiceBase",
                deductions.subtract(service),
                "the deductions without the service group add up to ");
    }

    private static void compare(
            YamlTree tree, Node node, Map<String, Sourced> rules, String rule, BigDecimal actual, String what) {
        Sourced declared = rules.get(rule);
        if (declared != null && declared.value().compareTo(actual) != 0) {
            tree.problem(
                    node,
                    "rules." + rule,
                    "is " + declared.value().toPlainString() + " but " + what + actual.toPlainString());
        }
    }

    private static Optional<GovCheckRule> rule(
            YamlTree tree, Map<String, Node> map, Node owner, String path, Set<GovCheckRule> allowed) {
        return tree.text(map, owner, path, "rule").flatMap(text -> {
            for (GovCheckRule r : allowed) {
                if (r.name().equals(text)) {
                    return Optional.of(r);
                }
            }
            tree.problem(map.get("rule"), path + ".rule", "unknown rule '" + text + "'; expected one of " + allowed);
            return Optional.empty();
        });
    }

    private static Map<String, Sourced> parameters(YamlTree tree, Map<String, Node> map, String path) {
        Map<String, Sourced> result = new LinkedHashMap<>();
        for (String key : PARAMETERS) {
            Node node = map.get(key);
            if (node != null) {
                sourced(tree, node, path + "." + key).ifPresent(s -> result.put(key, s));
            }
        }
        return result;
    }

    /** The numbers each rule needs; a missing one is a problem, an unused one too. */
    private static void requireParameters(
            YamlTree tree, Node node, String path, GovCheckRule rule, Map<String, Sourced> parameters, boolean veto) {
        Set<String> needed = switch (rule) {
            case MANUAL, HIDDEN_LINKS, HOMEPAGE_UPDATES, NO_CHANNEL, NO_SERVICE, SEARCH -> Set.of();
            case AVAILABILITY -> Set.of("days", "probesPerDay", "timeoutSeconds", "share");
            case BROKEN_LINKS -> Set.of("homepage", "other");
            case MISSING_MARKS -> Set.of("per");
            case WORDING, POISONED_LINKS, STALE_COLUMNS, BLANK_COLUMNS, UNANSWERED_MESSAGES, INCOMPLETE_GUIDES ->
                Set.of(veto ? "min" : "per");
        };
        needed.stream()
                .filter(k -> !parameters.containsKey(k))
                .sorted()
                .forEach(k -> tree.problem(node, path + "." + k, "is required by rule " + rule));
        parameters.keySet().stream()
                .filter(k -> !needed.contains(k))
                .sorted()
                .forEach(k -> tree.problem(node, path + "." + k, "is not used by rule " + rule));
    }

    private static Optional<Sourced> sourced(YamlTree tree, Node node, String path) {
        Map<String, Node> map = tree.mapping(node, path, SOURCED);
        Optional<BigDecimal> value = tree.text(map, node, path, "value").flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                tree.problem(map.get("value"), path + ".value", "expected a number, found '" + text + "'");
                return Optional.empty();
            }
        });
        value.filter(v -> v.signum() < 0).ifPresent(v -> tree.problem(node, path + ".value", "must not be negative"));
        Optional<Provenance> provenance = tree.text(map, node, path, "provenance")
                .flatMap(text -> {
                    try {
                        return Optional.of(Provenance.of(text));
                    } catch (IllegalArgumentException e) {
                        tree.problem(
                                map.get("provenance"),
                                path + ".provenance",
                                "expected published, published-derived or assumed, found '" + text + "'");
                        return Optional.empty();
                    }
                });
        String note = map.get("note") instanceof ScalarNode s ? s.getValue().strip() : "";
        if (value.isEmpty() || provenance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sourced(value.get(), provenance.get(), note));
    }

    private static boolean flag(YamlTree tree, Map<String, Node> map, String path, String key) {
        Node node = map.get(key);
        if (node == null) {
            return false;
        }
        if (node instanceof ScalarNode s
                && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return s.getValue().equals("true");
        }
        tree.problem(node, path + "." + key, "expected true or false");
        return false;
    }

    private static boolean unique(YamlTree tree, Set<String> ids, String id, Node node, String path) {
        if (!ids.add(id)) {
            tree.problem(node, path + ".id", "duplicate id '" + id + "'");
            return false;
        }
        return true;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.addAll(b);
        return Set.copyOf(result);
    }
}
