package org.goveval.evaluation.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed, line-aware access to one YAML mapping. Every accessor records a {@link Problem} instead of
 * throwing, so that one pass over a file reports all that is wrong with it; {@link #finish()} reports the
 * keys nobody asked for, so a misspelt field never passes silently.
 */
final class YamlMapping {
    private final Problems problems;
    private final String path;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    private YamlMapping(Problems problems, String path, Node node) {
        this.problems = problems;
        this.path = path;
        this.node = node;
    }

    /** The mapping at a node, or empty (with a problem recorded) when the node is not a mapping. */
    static Optional<YamlMapping> of(Problems problems, String path, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, path, "expected a mapping (key: value lines)");
            return Optional.empty();
        }
        YamlMapping result = new YamlMapping(problems, path, node);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(tuple.getKeyNode(), path, "keys must be plain words");
                continue;
            }
            if (result.values.containsKey(key.getValue())) {
                problems.add(key, result.field(key.getValue()), "duplicate key");
                continue;
            }
            result.values.put(key.getValue(), tuple.getValueNode());
            result.keys.put(key.getValue(), key);
        }
        return Optional.of(result);
    }

    /** The plain text of a key of a mapping node, without recording anything; for naming paths. */
    static Optional<String> peek(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k
                        && k.getValue().equals(key)
                        && tuple.getValueNode() instanceof ScalarNode v) {
                    return Optional.of(v.getValue().strip());
                }
            }
        }
        return Optional.empty();
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Node node() {
        return node;
    }

    List<String> keysInOrder() {
        return List.copyOf(values.keySet());
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<Node> optional(String key) {
        read.add(key);
        return Optional.ofNullable(values.get(key));
    }

    Optional<Node> required(String key) {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            problems.add(node, field(key), "is required");
        }
        return value;
    }

    Optional<String> string(String key, boolean required) {
        Optional<Node> value = required ? required(key) : optional(key);
        return value.flatMap(n -> scalar(n, field(key)));
    }

    Optional<String> scalar(Node n, String fieldPath) {
        if (n instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.add(n, fieldPath, "expected a non-empty text value");
        return Optional.empty();
    }

    Optional<BigDecimal> number(Node n, String fieldPath) {
        return scalar(n, fieldPath).flatMap(text -> {
            try {
                return Optional.of(new BigDecimal(text));
            } catch (NumberFormatException e) {
                problems.add(n, fieldPath, "expected a number, found '" + text + "'");
                return Optional.empty();
            }
        });
    }

    Optional<BigDecimal> number(String key, boolean required) {
        Optional<Node> value = required ? required(key) : optional(key);
        return value.flatMap(n -> number(n, field(key)));
    }

    boolean flag(String key) {
        return optional(key)
                .flatMap(n -> scalar(n, field(key)))
                .map(text -> switch (text) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> {
                        problems.add(values.get(key), field(key), "expected true or false, found '" + text + "'");
                        yield false;
                    }
                })
                .orElse(false);
    }

    /** The items of a sequence; empty (with a problem) when the node is not a sequence. */
    List<Node> items(String key, boolean required) {
        Optional<Node> value = required ? required(key) : optional(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(value.get(), field(key), "expected a list");
        return List.of();
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        List<Node> items = items(key, false);
        for (int i = 0; i < items.size(); i++) {
            scalar(items.get(i), field(key) + "[" + i + "]").ifPresent(result::add);
        }
        return result;
    }

    /** The keys of this mapping that were never read, reported as unknown fields. */
    void finish() {
        values.keySet().stream()
                .filter(k -> !read.contains(k))
                .forEach(k -> problems.add(keys.get(k), field(k), "unknown field"));
    }
}
