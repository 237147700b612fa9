package org.goveval.server.campaign;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goveval.monitor.probe.AvailabilityRule;
import org.goveval.monitor.probe.AvailabilityVerdict;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.server.monitoring.MonitoringWindow;
import org.goveval.server.monitoring.Probes;
import org.goveval.server.monitoring.ScanJobs;
import org.goveval.server.monitoring.Scans;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The campaign pages: the list, a campaign's dashboard (its targets and their monitoring), a target's page. */
@Controller
public class CampaignController {
    /**
     * A website's availability on its target page: the probes of the last seven days as chart points
     * ([epoch millis, latency ms, outcome]) and the State Council rule over the last seven whole days.
     */
    public record Availability(List<List<Object>> points, AvailabilityVerdict lastWeek) {}

    /**
     * One row of the dashboard: a target's website and its newest scan, or a target without a website (a
     * new-media account, say) with neither, so that every target can be found and opened from the dashboard.
     */
    public record TargetRow(Campaigns.Target target, Campaigns.@Nullable Website website, Optional<Scans.Scan> scan) {}

    private final Campaigns campaigns;
    private final Scans scans;
    private final ScanJobs.Queue queue;
    private final Probes probes;
    private final Clock clock;
    private final MonitoringWindow window;
    private final MediaAccounts accounts;

    public CampaignController(
            Campaigns campaigns,
            MediaAccounts accounts,
            Scans scans,
            ScanJobs.Queue queue,
            Probes probes,
            Clock clock,
            MonitoringWindow window) {
        this.window = window;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.scans = scans;
        this.queue = queue;
        this.probes = probes;
        this.clock = clock;
    }

    @GetMapping("/campaigns")
    String campaigns(Model model) {
        model.addAttribute("campaigns", campaigns.campaigns());
        return "campaigns";
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        Campaigns.Campaign campaign = campaigns.campaign(id).orElseThrow(() -> notFound("campaign", id));
        model.addAttribute("campaign", campaign);
        model.addAttribute("monitoring", window.status(campaign));
        model.addAttribute("rows", rows(id));
        return "campaign";
    }

    /** The dashboard's target table alone: htmx replaces it every few seconds while scans run. */
    @GetMapping("/campaigns/{id}/targets")
    String targets(@PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.campaign(id).orElseThrow(() -> notFound("campaign", id)));
        model.addAttribute("rows", rows(id));
        return "campaign :: targets";
    }

    /** Queues a scan of every website of the campaign. */
    @PostMapping("/campaigns/{id}/scans")
    String scanAll(@PathVariable long id, Principal user) {
        for (TargetRow row : rows(id)) {
            if (row.website() != null) {
                queue.scan(row.website().id(), user.getName());
            }
        }
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/websites/{id}/scans")
    String scan(@PathVariable long id, Principal user) {
        Campaigns.Website website = campaigns.website(id).orElseThrow(() -> notFound("website", id));
        queue.scan(id, user.getName());
        return "redirect:/targets/" + website.targetId();
    }

    @GetMapping("/targets/{id}")
    String target(@PathVariable long id, Model model) {
        Campaigns.Target target = campaigns.target(id).orElseThrow(() -> notFound("target", id));
        List<Campaigns.Website> websites = campaigns.websites(id);
        model.addAttribute("target", target);
        model.addAttribute("campaign", campaigns.campaign(target.campaignId()).orElseThrow());
        model.addAttribute("websites", websites);
        model.addAttribute("accounts", accounts.of(id));
        List<ScanReport> reports = new ArrayList<>();
        List<Long> reportScans = new ArrayList<>(); // whose evidence copies the report's findings cite
        List<List<Scans.Scan>> histories = new ArrayList<>();
        List<Availability> availability = new ArrayList<>();
        List<List<List<Object>>> trends = new ArrayList<>();
        for (Campaigns.Website website : websites) {
            availability.add(availability(website));
            Optional<Scans.StoredReport> stored = scans.latestStoredReport(website.id());
            reports.add(stored.map(r -> ReportJson.read(r.json())).orElse(null));
            reportScans.add(stored.map(Scans.StoredReport::scanId).orElse(null));
            // one query for both: the table shows the newest few, the chart up to a year of them
            List<Scans.Scan> history = scans.history(website.id(), TREND_SCANS);
            histories.add(history.subList(0, Math.min(HISTORY_ROWS, history.size())));
            trends.add(trend(history));
        }
        model.addAttribute("reports", reports);
        model.addAttribute("reportScans", reportScans);
        model.addAttribute("histories", histories);
        model.addAttribute("availability", availability);
        model.addAttribute("trends", trends);
        return "target";
    }

    /** A year of weekly scans: enough to see whether a site's broken links go down after the diagnosis. */
    private static final int TREND_SCANS = 52;

    /** The scans the target page lists, newest first. */
    private static final int HISTORY_ROWS = 10;

    /**
     * A website's finished scans, oldest first, as chart points [epoch millis finished, pages, broken links]:
     * the target page charts whether the site is getting better.
     */
    static List<List<Object>> trend(List<Scans.Scan> newestFirst) {
        List<List<Object>> points = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Scans.Scan s = newestFirst.get(i);
            if (s.state() == org.goveval.server.monitoring.ScanState.DONE && s.finishedAt() != null) {
                points.add(List.of(
                        s.finishedAt().toInstant().toEpochMilli(),
                        s.pagesCrawled() == null ? 0 : s.pagesCrawled(),
                        s.brokenLinks() == null ? 0 : s.brokenLinks()));
            }
        }
        return points;
    }

    private Availability availability(Campaigns.Website website) {
        URI home = URI.create(website.url());
        Instant now = clock.instant();
        List<List<Object>> points = new ArrayList<>();
        for (ProbeResult p : probes.between(website.id(), home, now.minus(Duration.ofDays(7)), now)) {
            points.add(List.of(
                    p.at().toEpochMilli(), p.latencyMillis(), p.outcome().name()));
        }
        AvailabilityVerdict week =
                AvailabilityRule.stateCouncil().evaluate(probes.lastWholeWeek(website.id(), home, now));
        return new Availability(points, week);
    }

    private List<TargetRow> rows(long campaignId) {
        List<TargetRow> rows = new ArrayList<>();
        for (Campaigns.Target target : campaigns.targets(campaignId)) {
            List<Campaigns.Website> websites = campaigns.websites(target.id());
            if (websites.isEmpty()) {
                rows.add(new TargetRow(target, null, Optional.empty()));
            }
            for (Campaigns.Website website : websites) {
                rows.add(new TargetRow(target, website, scans.latest(website.id())));
            }
        }
        return rows;
    }

    private static ResponseStatusException notFound(String what, long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what + " " + id);
    }
}
