package org.goveval.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.goveval.evaluation.published.PublishedCheck;
import org.goveval.evaluation.published.PublishedResults;
import org.goveval.evaluation.published.PublishedRow;
import org.goveval.evaluation.published.PublishedTable;
import org.goveval.evaluation.published.TableCheck;
import org.goveval.evaluation.ranking.Tiers;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.reference.Region;
import org.goveval.evaluation.system.IndicatorSystems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code goveval published verify|show}: the golden 2020 tables and how goveval reproduces them. */
@Command(
        name = "published",
        description = "The published 2020 results (seed 001): verify goveval against them, or show one.",
        subcommands = {PublishedCommand.VerifyCommand.class, PublishedCommand.ShowCommand.class})
final class PublishedCommand {

    private static List<PublishedTable> tables(IndicatorSystems systems, Divisions divisions) {
        return new PublishedResults(systems, divisions).cstc2020();
    }

    @Command(
            name = "verify",
            description =
                    "Recompute every 2020 table: totals from indices, ranks and order from totals. Exit 1 if any differs.")
    static final class VerifyCommand implements java.util.concurrent.Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            IndicatorSystems systems = IndicatorSystems.bundled();
            PrintWriter out = spec.commandLine().getOut();
            boolean all = true;
            for (PublishedTable table : tables(systems, Divisions.bundled())) {
                TableCheck check = PublishedCheck.check(table, systems);
                all &= check.passes();
                out.printf(
                        Locale.ROOT,
                        "%-22s %3d rows  total from indices within %s (worst %s)  ranks %s  order %s  %s%n",
                        table.id(),
                        table.rows().size(),
                        check.maxDeviation().toPlainString(),
                        check.worstRow(),
                        check.rankMismatches().isEmpty() ? "reproduced" : "DIFFER: " + check.rankMismatches(),
                        check.orderReproduced()
                                ? "reproduced"
                                : table.orderedByRule() ? "DIFFERS" : "not stated by the report",
                        check.passes() ? "ok" : "FAILED");
            }
            out.println(
                    all
                            ? "all 2020 tables reproduced (tolerance ±" + TableCheck.ROUNDING_TOLERANCE + ")"
                            : "some tables were not reproduced");
            return all ? 0 : 1;
        }
    }

    @Command(
            name = "show",
            description =
                    "One 2020 table as published, with region and tier: TABLE is one of the ids that verify lists.")
    static final class ShowCommand implements Runnable {
        @Parameters(index = "0", paramLabel = "TABLE")
        String id = "";

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Divisions divisions = Divisions.bundled();
            IndicatorSystems systems = IndicatorSystems.bundled();
            List<PublishedTable> tables = tables(systems, divisions);
            PublishedTable table = tables.stream()
                    .filter(t -> t.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no published table '" + id + "' (tables: "
                            + tables.stream().map(PublishedTable::id).collect(Collectors.joining(", ")) + ")"));
            PrintWriter out = spec.commandLine().getOut();
            Tiers tiers = Tiers.defaults();
            out.println(table.title() + "  (" + table.group().name() + ")");
            var system = systems.get(table.systemId()).orElseThrow();
            String indexNames = table.indexColumns().stream()
                    .map(c -> system.indicator(c).orElseThrow().name() + "指数")
                    .collect(Collectors.joining("\t"));
            out.println("排名\t名称\t地区\t" + indexNames + "\t总分\t等级");
            for (PublishedRow row : table.rows()) {
                String region = divisions
                        .byCode(row.adminCode())
                        .flatMap(d -> d.region())
                        .map(Region::label)
                        .orElse("—");
                String indices = row.indices().values().stream()
                        .map(v -> v.toPlainString())
                        .collect(Collectors.joining("\t"));
                out.println(row.rank() + "\t" + row.name() + "\t" + region + "\t" + indices + "\t"
                        + row.total().toPlainString() + "\t"
                        + tiers.of(row.total()).name());
            }
        }
    }
}
