package org.goveval.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystems;
import org.goveval.evaluation.system.WeightColumn;
import picocli.CommandLine.Option;

/** The {@code --systems-dir} option, and looking up a system and a level with errors naming the option. */
final class SystemsOption {
    @Option(
            names = "--systems-dir",
            paramLabel = "DIR",
            description = "A folder of extra or replacing indicator-system files.")
    Optional<Path> dir = Optional.empty();

    IndicatorSystems systems() {
        IndicatorSystems systems = IndicatorSystems.bundled();
        return dir.map(systems::withDirectory).orElse(systems);
    }

    IndicatorSystem find(String id) {
        IndicatorSystems systems = systems();
        return systems.get(id)
                .orElseThrow(() -> new IllegalArgumentException("--system: unknown indicator system '" + id
                        + "' (known: "
                        + systems.all().stream().map(IndicatorSystem::id).collect(Collectors.joining(", ")) + ")"));
    }

    static WeightColumn column(IndicatorSystem system, String level) {
        return system.column(level)
                .orElseThrow(() -> new IllegalArgumentException("--level: system " + system.id()
                        + " has no level '" + level + "' (its levels: "
                        + system.columns().stream().map(WeightColumn::id).collect(Collectors.joining(", ")) + ")"));
    }
}
