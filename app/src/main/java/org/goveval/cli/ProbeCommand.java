package org.goveval.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.net.HostResolver;
import org.goveval.monitor.probe.AvailabilityRule;
import org.goveval.monitor.probe.AvailabilityVerdict;
import org.goveval.monitor.probe.ProbeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code goveval probe URL --count N --interval SECONDS}: availability probes of a home page. */
@Command(
        name = "probe",
        description =
                "Probe whether a home page opens within 15 s, N times, and apply the State Council availability rule.")
final class ProbeCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "URL")
    String url = "";

    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "Number of probes (default 1).")
    int count;

    @Option(
            names = "--interval",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Seconds between probe starts (default 60).")
    double interval;

    @Option(
            names = "--allow-private",
            description = "Allow loopback and private addresses (tests, intranet deployments).")
    boolean allowPrivate;

    @Option(
            names = "--csv",
            paramLabel = "FILE",
            description = "Add the probes to this CSV file (created if missing), for `goveval scan --probes FILE`; "
                    + "the verdict then judges this site's probes in the file over the 7 whole days before "
                    + "today (Beijing time).")
    Optional<Path> csv = Optional.empty();

    @Option(
            names = "--user-agent",
            paramLabel = "TEXT",
            description = "The User-Agent of the probes; it must give a contact URL, e.g. "
                    + "'cityscan/1.0 (+https://example.gov.cn/monitoring)'.")
    Optional<String> userAgent = Optional.empty();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        URI home = MonitorOptions.homepage(url);
        if (count < 1) {
            throw new IllegalArgumentException("--count: must be 1 or more, found " + count);
        }
        if (interval < 0) {
            throw new IllegalArgumentException("--interval: cannot be negative, found " + interval);
        }
        MonitorSettings settings =
                MonitorOptions.withUserAgent(MonitorSettings.defaults().withAllowPrivate(allowPrivate), userAgent);
        csv.filter(Files::exists).ifPresent(ProbeHistory::read); // a bad file fails now, not after a day of probes
        PrintWriter out = spec.commandLine().getOut();
        List<ProbeResult> results = new ArrayList<>();
        Duration pause = Duration.ofMillis(Math.round(interval * 1000));
        try (Monitor monitor = Monitor.create(settings, HostResolver.system(), Clock.systemUTC())) {
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                ProbeResult r = monitor.probe(home);
                results.add(r);
                out.printf(
                        Locale.ROOT,
                        "%s  %-8s %6d ms  %s  %s%n",
                        r.at(),
                        r.outcome(),
                        r.latencyMillis(),
                        r.status() == 0 ? "-" : Integer.toString(r.status()),
                        r.reason());
                out.flush();
                if (i + 1 < count) {
                    sleepUntil(start + pause.toNanos());
                }
            }
        }
        if (csv.isPresent()) {
            // the rule judges a week of probes, one run is a few minutes: the file's last whole week is judged,
            // as the server judges it (a part-day today would be a thin day, older weeks are past)
            AvailabilityRule rule = AvailabilityRule.stateCouncil();
            List<ProbeResult> site = ProbeHistory.of(ProbeHistory.append(csv.get(), results), home);
            summarise(
                    rule.evaluate(rule.lastWholeDays(site, Clock.systemUTC().instant())),
                    ", this site's in " + csv.get() + " over the 7 whole days before today (Beijing time)",
                    out);
        } else {
            summarise(AvailabilityRule.stateCouncil().evaluate(results), "", out);
        }
    }

    private static void sleepUntil(long deadlineNanos) {
        long wait = deadlineNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** @param covering which probes the verdict covers, after the count ("" for this run's) */
    private static void summarise(AvailabilityVerdict v, String covering, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "failure share %.1f%% (%d of %d probes%s)%n",
                v.failureShare() * 100,
                v.failures(),
                v.probes(),
                covering);
        if (v.sufficient()) {
            out.println(
                    v.vetoed()
                            ? "State Council rule: FAILS (5% or more over a week of 20+ probes a day)"
                            : "State Council rule: passes");
        } else {
            out.println("State Council rule: not applicable (it needs 7 days with at least 20 probes each)");
        }
    }
}
