package org.goveval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goveval.monitor.report.FirstSeen;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;

/**
 * The earlier report a scan carries {@code firstSeen} from ({@link FirstSeen}): the file {@code --previous} names,
 * or the site's report already in {@code --report-dir}. Every problem names the file; none leaves a report written.
 */
final class PreviousReport {
    static final String PREVIOUS = "--previous";
    static final String REPORT_DIR = "--report-dir";

    private PreviousReport() {}

    /** Reads and parses {@code file}; {@code option} (--previous, --report-dir) says where it came from. */
    static ScanReport read(String option, Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why =
                    e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
            throw new IllegalArgumentException(option + " " + file + ": cannot read it (" + why + ")", e);
        }
        try {
            return ReportJson.read(json);
        } catch (RuntimeException e) { // Jackson's, or a record's own check (a malformed firstSeen)
            throw new IllegalArgumentException(
                    option + " " + file + ": not a goveval scan report (" + firstLine(e) + ")", e);
        }
    }

    /**
     * Refuses, before any request, a previous report that cannot be of the site about to be scanned: its scan
     * neither was of {@code home} nor crawled it (a home page that redirects is crawled first, then the report's
     * site is where it landed).
     */
    static void requireOf(Path file, ScanReport previous, URI home) {
        String url = home.toString();
        if (!previous.site().equals(url) && !previous.crawledPages().contains(url)) {
            throw new IllegalArgumentException(
                    PREVIOUS + " " + file + ": it is a report of " + previous.site() + ", not of " + url);
        }
    }

    /**
     * This scan's report with {@code firstSeen} carried from the report in {@code file}. Called after the scan:
     * a report that turns out not to fit (the home page now lands on another site, or the other report's scan
     * did not start earlier: two runs overlapping) must not throw away a scan that took hours, so {@code err}
     * is told and this report starts the history afresh.
     */
    static ScanReport carry(String option, Path file, ScanReport previous, ScanReport current, PrintWriter err) {
        try {
            return FirstSeen.carry(previous, current);
        } catch (IllegalArgumentException e) {
            err.println("goveval: " + option + " " + file + ": " + e.getMessage()
                    + "; first seen dates start with this scan");
            return current;
        }
    }

    /**
     * This scan's report with {@code firstSeen} carried from the site's earlier report in the report directory
     * ({@code DIR/HOST_PORT.json}, the file this report replaces), when there is one. A report there of another
     * site sharing the file name (an http site moved to https) is left out, and {@code err} told: this report
     * starts that site's history afresh.
     *
     * @throws IllegalArgumentException when the file is there but cannot be read as a report
     */
    static ScanReport carryInReportDir(Path dir, ScanReport current, PrintWriter err) {
        Path file = inReportDir(dir, URI.create(current.site()));
        if (!Files.exists(file)) {
            return current;
        }
        ScanReport previous = read(REPORT_DIR, file);
        if (!previous.site().equals(current.site())) {
            err.println("goveval: " + file + " is a report of " + previous.site() + ", not of " + current.site()
                    + ": first seen dates start with this scan");
            return current;
        }
        return carry(REPORT_DIR, file, previous, current, err);
    }

    /**
     * Reads the report {@code DIR} holds for {@code home} if any, before any request, so that a damaged file
     * stops the scan before it starts (the file is looked for again after the scan, by the site it landed on).
     */
    static void checkReportDir(Path dir, URI home) {
        Path file = inReportDir(dir, home);
        if (Files.exists(file)) {
            read(REPORT_DIR, file);
        }
    }

    /** Where {@code goveval scan --report-dir} writes the JSON report of {@code site} ({@link ScanOutput}). */
    private static Path inReportDir(Path dir, URI site) {
        return dir.resolve(ScanOutput.fileName(site) + ".json");
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
