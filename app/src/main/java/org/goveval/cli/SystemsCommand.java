package org.goveval.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.goveval.evaluation.system.CaseCategory;
import org.goveval.evaluation.system.Indicator;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.WeightColumn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code goveval systems list|show}: the indicator systems and their trees with weights. */
@Command(
        name = "systems",
        description = "List indicator systems or show one as a tree with weights.",
        subcommands = {SystemsCommand.ListCommand.class, SystemsCommand.ShowCommand.class})
final class SystemsCommand {

    @Command(name = "list", description = "One line per indicator system: id, year, weight columns, name.")
    static final class ListCommand implements Runnable {
        @Mixin
        SystemsOption systems = new SystemsOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            for (IndicatorSystem s : systems.systems().all()) {
                String columns = s.columns().stream()
                        .map(c -> c.id() + "(" + c.label() + ")")
                        .collect(Collectors.joining(" "));
                out.printf(Locale.ROOT, "%-32s %d  %-28s %s%n", s.id(), s.year(), columns, s.name());
            }
        }
    }

    @Command(
            name = "show",
            description = "The tree of one system: every indicator with its weights, points and assessment.")
    static final class ShowCommand implements Runnable {
        @Parameters(index = "0", paramLabel = "ID", description = "The system id, e.g. cstc-2020-website-local.")
        String id = "";

        @Option(
                names = "--level",
                paramLabel = "L",
                description = "Show only this weight column (e.g. county); indicators not assessed there are left out.")
        Optional<String> level = Optional.empty();

        @Mixin
        SystemsOption systems = new SystemsOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            IndicatorSystem system = systems.find(id);
            List<WeightColumn> columns =
                    level.map(l -> List.of(SystemsOption.column(system, l))).orElse(system.columns());
            new TreePrinter(spec.commandLine().getOut(), columns).print(system);
        }
    }

    /** Prints a system as an indented tree; weights as "省 20 | 市 17 | 县 19". */
    private record TreePrinter(PrintWriter out, List<WeightColumn> columns) {
        void print(IndicatorSystem s) {
            out.println(s.id() + "  " + s.name());
            out.println("  year " + s.year() + "; issuer " + s.issuer() + "; source " + s.source());
            out.println("  base " + s.base().toPlainString() + ", bonus "
                    + s.bonus().toPlainString() + "; columns "
                    + columns.stream().map(c -> c.id() + " " + c.label()).collect(Collectors.joining(", ")));
            out.println("  weights: "
                    + columns.stream()
                            .map(c -> c.label() + " " + s.maximum(c.id()).toPlainString())
                            .collect(Collectors.joining(" | "))
                    + " in all");
            for (Indicator first : s.indicators()) {
                printNode(first, 1);
            }
        }

        private void printNode(Indicator node, int depth) {
            if (columns.stream().noneMatch(c -> node.assessedIn(c.id()))) {
                return;
            }
            String indent = "  ".repeat(depth);
            String kind = switch (node.level()) {
                case 1 -> node.bonus() ? "一级(加分项)" : "一级";
                case 2 -> "二级";
                default -> "三级";
            };
            out.println(indent + "[" + kind + "] " + node.id() + "  " + node.name() + "  " + weights(node));
            if (node.isLeaf()) {
                printLeafDetails(node, indent + "    ");
            }
            node.children().forEach(child -> printNode(child, depth + 1));
        }

        private void printLeafDetails(Indicator leaf, String indent) {
            out.println(indent + "assessed by: "
                    + leaf.assessment().stream()
                            .sorted()
                            .map(a -> a.key() + " " + a.label())
                            .collect(Collectors.joining(", ")));
            if (!leaf.summary().isEmpty()) {
                out.println(indent + leaf.summary());
            }
            for (int i = 0; i < leaf.points().size(); i++) {
                out.println(indent + (i + 1) + ". " + leaf.points().get(i));
            }
            for (String note : leaf.notes()) {
                out.println(indent + "注: " + note);
            }
            for (CaseCategory c : leaf.caseCategories()) {
                out.println(indent + "案例类别 " + c.id() + " " + c.name() + ": " + c.description());
            }
        }

        private String weights(Indicator node) {
            return columns.stream()
                    .map(c -> c.label() + " " + weight(node, c.id()))
                    .collect(Collectors.joining(" | "));
        }

        private static String weight(Indicator node, String column) {
            if (!node.assessedIn(column)) {
                return "—";
            }
            BigDecimal w = node.isLeaf() ? node.weight(column).orElseThrow() : node.totalWeight(column);
            return w.toPlainString();
        }
    }
}
