package org.goveval.evaluation.system;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file, each with the line of the node it concerns. */
final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Node node, String field, String message) {
        add(lineOf(node), field, message);
    }

    void add(int line, String field, String message) {
        list.add(new Problem(file, line, field, message));
    }

    static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems in file order (a stable sort keeps same-line problems in the order found). */
    List<Problem> list() {
        return list.stream()
                .sorted(java.util.Comparator.comparingInt(Problem::line))
                .toList();
    }
}
