package org.goveval.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.goveval.evaluation.table.CsvOutput;
import org.goveval.evaluation.table.CsvTable;
import org.goveval.evaluation.table.InputException;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;

/**
 * Availability probes kept as CSV ({@code at,url,outcome,latencyMillis,status,reason}): {@code goveval probe
 * --csv FILE} adds to it, {@code goveval scan --probes FILE} reads it so that the State Council verdict can
 * judge a week of probes. A bad row is reported with its line and column, and nothing is read from the file.
 */
final class ProbeHistory {
    static final List<String> HEADER = List.of("at", "url", "outcome", "latencyMillis", "status", "reason");

    private ProbeHistory() {}

    /** Every probe in the file, in file order. */
    static List<ProbeResult> read(Path file) {
        CsvTable table = CsvTable.read(file);
        table.requireColumns(HEADER.toArray(String[]::new));
        List<ProbeResult> probes = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            probes.add(new ProbeResult(
                    url(table, row),
                    instant(table, row),
                    outcome(table, row),
                    number(table, row, "latencyMillis", 0, Long.MAX_VALUE),
                    (int) number(table, row, "status", 0, 599),
                    row.get("reason")));
        }
        return probes;
    }

    /** The probes of the site whose home page is {@code home}: same scheme, host and port. */
    static List<ProbeResult> of(List<ProbeResult> probes, URI home) {
        return probes.stream().filter(p -> sameSite(p.url(), home)).toList();
    }

    /**
     * Writes the file's probes followed by the new ones, atomically (the old file stays whole on failure, and a
     * bad row in it stops the append with nothing written).
     *
     * @return every probe now in the file, in file order
     */
    static List<ProbeResult> append(Path file, List<ProbeResult> added) {
        List<ProbeResult> all = new ArrayList<>(Files.exists(file) ? read(file) : List.of());
        all.addAll(added);
        List<List<String>> rows = all.stream()
                .map(p -> List.of(
                        p.at().toString(),
                        p.url().toString(),
                        p.outcome().name(),
                        Long.toString(p.latencyMillis()),
                        Integer.toString(p.status()),
                        p.reason()))
                .toList();
        CsvOutput.write(file, HEADER, rows);
        return List.copyOf(all);
    }

    private static boolean sameSite(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static URI url(CsvTable table, CsvTable.Row row) {
        String text = row.get("url");
        try {
            URI uri = URI.create(text);
            if (uri.getHost() == null || uri.getScheme() == null) {
                throw new IllegalArgumentException("no host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InputException(table.name(), row.line(), "url", "not an absolute URL: '" + text + "'");
        }
    }

    private static Instant instant(CsvTable table, CsvTable.Row row) {
        String text = row.get("at");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(
                    table.name(),
                    row.line(),
                    "at",
                    "not an ISO-8601 instant such as 2026-11-23T08:00:00Z: '" + text + "'");
        }
    }

    private static ProbeOutcome outcome(CsvTable table, CsvTable.Row row) {
        String text = row.get("outcome");
        try {
            return ProbeOutcome.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    table.name(), row.line(), "outcome", "one of OPENED, TOO_SLOW, FAILED expected: '" + text + "'");
        }
    }

    private static long number(CsvTable table, CsvTable.Row row, String column, long min, long max) {
        String text = row.get(column);
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InputException(
                    table.name(),
                    row.line(),
                    column,
                    "a whole number from " + min + " to " + max + " expected: '" + text + "'");
        }
    }
}
