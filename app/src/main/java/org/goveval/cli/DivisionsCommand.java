package org.goveval.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.goveval.evaluation.reference.Division;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.reference.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code goveval divisions find NAME}: administrative divisions by name, with code, level, parent and region. */
@Command(
        name = "divisions",
        description = "Look up China's administrative divisions (GB/T 2260 codes).",
        subcommands = {DivisionsCommand.FindCommand.class})
final class DivisionsCommand {

    @Command(
            name = "find",
            description = "Every division with this name (or short form, e.g. 凉山州): code, level, parent, region.")
    static final class FindCommand implements Runnable {
        @Parameters(index = "0", paramLabel = "NAME")
        String name = "";

        @Option(names = "--parent", paramLabel = "NAME", description = "Keep only matches whose parent has this name.")
        Optional<String> parent = Optional.empty();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Divisions divisions = Divisions.bundled();
            List<Division> matches = parent.map(p -> divisions.find(name, p)).orElseGet(() -> divisions.find(name));
            PrintWriter out = spec.commandLine().getOut();
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("no division is named '" + name + "'"
                        + parent.map(p -> " under '" + p + "'").orElse(""));
            }
            for (Division d : matches) {
                String parentText = d.parent()
                        .flatMap(divisions::byCode)
                        .map(p -> p.code() + " " + p.name())
                        .orElse("—");
                out.printf(
                        Locale.ROOT,
                        "%s  %s  %s  parent %s  %s  (%s)%n",
                        d.code(),
                        d.name(),
                        d.level().label(),
                        parentText,
                        d.region().map(Region::label).orElse("—"),
                        String.join(" ", divisions.path(d)));
            }
        }
    }
}
