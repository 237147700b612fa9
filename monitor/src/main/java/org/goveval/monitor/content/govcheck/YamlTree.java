package org.goveval.monitor.content.govcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goveval.evaluation.system.IndicatorSystemException;
import org.goveval.evaluation.system.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Line-aware reading of the govcheck data files. Every accessor records a {@link Problem} (file, line, field)
 * instead of throwing, so one pass reports all that is wrong; {@link #fail()} throws them together, in the
 * same form as the indicator-system loader's.
 */
final class YamlTree {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private YamlTree(String file) {
        this.file = file;
    }

    /** The root node of a file; throws at once on a syntax error or an empty file. */
    static Root parse(String file, String text) {
        YamlTree tree = new YamlTree(file);
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new IndicatorSystemException(List.of(new Problem(file, line, "(syntax)", e.getProblem())));
        } catch (YamlEngineException e) {
            throw new IndicatorSystemException(
                    List.of(new Problem(file, 0, "(syntax)", String.valueOf(e.getMessage()))));
        }
        if (root.isEmpty()) {
            throw new IndicatorSystemException(List.of(new Problem(file, 0, "(file)", "the file is empty")));
        }
        return new Root(tree, root.get());
    }

    record Root(YamlTree tree, Node node) {}

    void problem(Node node, String field, String message) {
        problems.add(new Problem(file, line(node), field, message));
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** Throws every problem recorded so far, in line order; returns when there is none. */
    void fail() {
        if (!problems.isEmpty()) {
            throw new IndicatorSystemException(problems.stream()
                    .sorted(java.util.Comparator.comparingInt(Problem::line))
                    .toList());
        }
    }

    /** A mapping node's entries by key, in order; records a problem for anything else or an unknown key. */
    Map<String, Node> mapping(Node node, String field, Set<String> allowed) {
        Map<String, Node> result = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, field, "expected a mapping (key: value lines)");
            return result;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            String path = field.isEmpty() ? key : field + "." + key;
            if (!allowed.contains(key)) {
                problem(tuple.getKeyNode(), path, "unknown field; expected one of " + sorted(allowed));
            } else if (result.containsKey(key)) {
                problem(tuple.getKeyNode(), path, "duplicate key");
            } else {
                result.put(key, tuple.getValueNode());
            }
        }
        return result;
    }

    Optional<String> text(Map<String, Node> map, Node owner, String field, String key) {
        Node value = map.get(key);
        String path = field.isEmpty() ? key : field + "." + key;
        if (value == null) {
            problem(owner, path, "is required");
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        problem(value, path, "expected a non-empty text value");
        return Optional.empty();
    }

    List<Node> items(Node node, String field) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(node, field, "expected a list");
        return List.of();
    }

    List<String> texts(Node node, String field) {
        List<String> result = new ArrayList<>();
        List<Node> items = items(node, field);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ScalarNode s && !s.getValue().isBlank()) {
                result.add(s.getValue().strip());
            } else {
                problem(items.get(i), field + "[" + i + "]", "expected a non-empty text value");
            }
        }
        return result;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
