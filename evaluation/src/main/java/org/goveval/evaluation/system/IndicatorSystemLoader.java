package org.goveval.evaluation.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and validates indicator-system files (format: {@code docs/indicator-systems.md}). A file with any
 * problem is rejected whole with an {@link IndicatorSystemException} that lists every problem with file,
 * line and field.
 */
public final class IndicatorSystemLoader {
    private IndicatorSystemLoader() {}

    /** Loads a file; its name must be the system's id followed by {@code .yaml}. */
    public static IndicatorSystem load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read indicator system " + file, e);
        }
        String fileName = file.getFileName().toString();
        String stem = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - 5) : fileName;
        return parse(file.toString(), text, Optional.of(stem));
    }

    /**
     * Parses one system from YAML text.
     *
     * @param name the file or resource name used in problem reports
     */
    public static IndicatorSystem parse(String name, String text) {
        return parse(name, text, Optional.empty());
    }

    private static IndicatorSystem parse(String name, String text, Optional<String> expectedId) {
        Problems problems = new Problems(name);
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new IndicatorSystemException(List.of(new Problem(name, line, "(syntax)", e.getProblem())));
        } catch (YamlEngineException e) {
            throw new IndicatorSystemException(
                    List.of(new Problem(name, 0, "(syntax)", String.valueOf(e.getMessage()))));
        }
        if (root.isEmpty()) {
            throw new IndicatorSystemException(List.of(new Problem(name, 0, "(file)", "the file is empty")));
        }
        SystemReader reader = new SystemReader(problems, expectedId);
        Optional<IndicatorSystem> system = reader.read(root.get());
        Map<String, Node> nodes = reader.nodes();
        system.ifPresent(s -> SystemRules.check(s, root.get(), nodes, problems));
        if (!problems.isEmpty() || system.isEmpty()) {
            throw new IndicatorSystemException(problems.list());
        }
        return system.get();
    }
}
