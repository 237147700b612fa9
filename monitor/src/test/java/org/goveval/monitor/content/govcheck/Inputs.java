package org.goveval.monitor.content.govcheck;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.columns.ColumnCategory;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.columns.HomepageUpdates;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.marks.Marks;
import org.goveval.monitor.content.network.NetworkReport;
import org.goveval.monitor.content.wording.HiddenLink;
import org.goveval.monitor.content.wording.PoisonedLink;
import org.goveval.monitor.content.wording.WordingHit;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.jspecify.annotations.Nullable;

/** Hand-built inputs: a site a supervisor would pass, changed one fact at a time. */
final class Inputs {
    static final URI SITE = URI.create("http://www.example.gov.cn/");
    static final Instant NOW = Instant.parse("2024-12-20T02:00:00Z");
    static final String AT = NOW.toString();

    URI site = SITE;
    boolean columnsChecked = true;
    List<ColumnReport> columns = new ArrayList<>(List.of(
            column("要闻动态", ColumnCategory.NEWS, false, false),
            column("通知公告", ColumnCategory.NOTICE, false, false),
            column("政策文件", ColumnCategory.POLICY, false, false),
            column("办事服务", ColumnCategory.SERVICE, false, false)));

    @Nullable
    HomepageUpdates homepage = new HomepageUpdates(true, "2024-12-19", "HOMEPAGE", List.of(evidence(SITE + "")));

    @Nullable
    Marks marks = new Marks("3201000001", "苏ICP备05000001号", "苏公网安备 32010002000001号", "/conac.js", "某市人民政府办公室");

    @Nullable
    NetworkReport network = new NetworkReport(true, 1.0, true, true, 200, true);

    @Nullable
    FunctionsReport functions = new FunctionsReport(true, true, true, 10, 1.0, 0, 8, 0, true, true);

    List<WordingHit> wording = new ArrayList<>();
    List<HiddenLink> hidden = new ArrayList<>();
    List<PoisonedLink> poisoned = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<BrokenLink> broken = new ArrayList<>();
    List<ProbeResult> probes = week(0);

    GovCheckInput build() {
        return new GovCheckInput(
                site,
                NOW,
                columnsChecked,
                columns,
                homepage,
                marks,
                network,
                functions,
                wording,
                hidden,
                poisoned,
                findings,
                broken,
                probes);
    }

    static Evidence evidence(String url) {
        return new Evidence(url, AT, 200, "snippet", null);
    }

    static ColumnReport column(String name, ColumnCategory category, boolean stale, boolean blank) {
        return new ColumnReport(
                name,
                SITE + "col/" + Math.abs(name.hashCode()) + "/",
                category,
                blank ? null : "2024-01-01",
                blank ? 0 : 10,
                blank,
                stale);
    }

    /** Seven days of 20 probes each, in Beijing time, {@code failures} of them failing. */
    static List<ProbeResult> week(int failures) {
        List<ProbeResult> probes = new ArrayList<>();
        Instant start = Instant.parse("2024-12-12T16:30:00Z"); // 00:30 in Beijing on 12-13
        for (int day = 0; day < 7; day++) {
            for (int i = 0; i < 20; i++) {
                Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(60L * i));
                boolean failed = probes.size() < failures;
                probes.add(new ProbeResult(
                        SITE,
                        at,
                        failed ? ProbeOutcome.FAILED : ProbeOutcome.OPENED,
                        300,
                        failed ? 0 : 200,
                        failed ? "CONNECTION_FAILED" : ""));
            }
        }
        return probes;
    }

    static BrokenLink brokenLink(String path, boolean onHomepage) {
        return new BrokenLink(SITE + path, "HTTP_ERROR", 404, onHomepage, List.of(SITE.toString()));
    }
}
