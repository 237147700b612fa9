package org.goveval.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.goveval.evaluation.published.PublishedResults;
import org.goveval.evaluation.published.PublishedTable;
import org.goveval.evaluation.ranking.Tiers;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.system.IndicatorSystems;
import org.goveval.monitor.content.columns.HomepageItem;
import org.goveval.monitor.content.columns.HomepageSnapshot;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.server.audit.AuditLog;
import org.goveval.server.campaign.CampaignState;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.demo.DemoFarm;
import org.goveval.server.monitoring.CampaignScanJobs;
import org.goveval.server.monitoring.HomepageSnapshots;
import org.goveval.server.monitoring.Probes;
import org.goveval.server.monitoring.ScanJobs;
import org.goveval.server.monitoring.ScanState;
import org.goveval.server.monitoring.Scans;
import org.goveval.server.security.InitialAdmin;
import org.goveval.server.security.Role;
import org.goveval.server.security.UserAccounts;
import org.goveval.server.targets.TargetImport;
import org.goveval.sitefarm.FarmSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the server must do on any database: the tests run once on H2 ({@link ServerOnH2Test}) and once on
 * PostgreSQL ({@link ServerOnPostgresTest}), each on a fresh database, started as {@code goveval serve}
 * starts (demo on: the 2020 results, a campaign of farm sites).
 */
@SpringBootTest(
        classes = GovevalServer.class,
        properties = { // probes every 2 s (± 0.5 s) so that the schedule shows within a test
            "goveval.probes.interval=PT2S",
            "goveval.probes.jitter=PT0.5S",
            "goveval.probes.planner-delay=PT1S"
        })
@AutoConfigureMockMvc
abstract class ServerContract {
    static final String DEMO_CAMPAIGN = "2020年政府网站绩效评估（演示）";

    @Autowired
    MockMvc mvc;

    @Autowired
    InitialAdmin admin;

    @Autowired
    UserAccounts users;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Scans scans;

    @Autowired
    ScanJobs.Queue queue;

    @Autowired
    DemoFarm farm;

    @Autowired
    AuditLog audit;

    @Autowired
    Probes probes;

    @Autowired
    HomepageSnapshots snapshots;

    @Autowired
    CampaignScanJobs.Schedule scanSchedule;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void everyPublishedTableIsServedRowForRowAsPublished() throws Exception {
        Divisions divisions = Divisions.bundled();
        IndicatorSystems systems = IndicatorSystems.bundled();
        Tiers tiers = Tiers.defaults();
        List<PublishedTable> tables = new PublishedResults(systems, divisions).cstc2020();
        Document index = page("/results");
        assertThat(index.select("main table tr td:first-child a").eachAttr("href"))
                .containsExactlyElementsOf(
                        tables.stream().map(t -> "/results/" + t.id()).toList());
        for (PublishedTable table : tables) {
            Document page = page("/results/" + table.id());
            List<String> expected = PublishedRows.expected(table, divisions, tiers);
            List<String> shown = page.select("#results tbody tr").stream()
                    .map(tr -> tr.select("td").eachText().stream().collect(Collectors.joining("|")))
                    .toList();
            assertThat(shown).as(table.id()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyPublishedTableHasItsTierListsInPublishedOrder() throws Exception {
        Tiers tiers = Tiers.defaults();
        List<PublishedTable> tables = new PublishedResults(IndicatorSystems.bundled(), Divisions.bundled()).cstc2020();
        for (PublishedTable table : tables) {
            // the truth: the evaluation module's rows in published order, split by the default tiers
            List<String> expected = new ArrayList<>();
            for (var tier : tiers.list()) {
                List<String> names = table.rows().stream()
                        .filter(r -> tiers.of(r.total()).equals(tier))
                        .map(r -> r.name())
                        .toList();
                expected.add(tier.name() + " " + names.size() + " " + names);
            }
            assertThat(page("/results/" + table.id()).select("a#tiers-link").attr("href"))
                    .isEqualTo("/results/" + table.id() + "/tiers");
            Document page = page("/results/" + table.id() + "/tiers");
            List<String> shown = page.select("section.tier").stream()
                    .map(section -> section.select(".tier-name").text() + " "
                            + section.select(".tier-count").text().replace(" 个", "") + " "
                            + section.select("td.unit").eachText())
                    .toList();
            assertThat(shown).as(table.id()).containsExactlyElementsOf(expected);
        }
        mvc.perform(get("/results/no-such-table/tiers")).andExpect(status().isNotFound());
    }

    @Test
    void publicPagesAreOpenAndEverythingElseNeedsTheRightRole() throws Exception {
        mvc.perform(get("/robots.txt")).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/campaigns")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/somewhere-else").with(user("a").roles(Role.ADMIN.name())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns").with(user("u").roles(Role.UNIT.name()))).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns").with(user("e").roles(Role.EXPERT.name()))).andExpect(status().isOk());
        long campaign = campaigns.campaigns().get(0).id();
        mvc.perform(post("/campaigns/" + campaign + "/scans")
                        .with(user("e").roles(Role.EXPERT.name()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // CSRF is on: an admin's form post without the token is refused
        mvc.perform(post("/campaigns/" + campaign + "/scans").with(user("a").roles(Role.ADMIN.name())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user("a").roles(Role.ADMIN.name())))
                .andExpect(status().isOk());
    }

    @Test
    void theFirstAdminLogsInWithTheOneTimePasswordAndSeesTheDemoCampaign() throws Exception {
        String password = admin.password().orElseThrow();
        mvc.perform(formLogin("/login").user(InitialAdmin.USERNAME).password(password))
                .andExpect(authenticated().withRoles(Role.ADMIN.name()))
                .andExpect(redirectedUrl("/campaigns"));
        mvc.perform(formLogin("/login").user(InitialAdmin.USERNAME).password(password + "x"))
                .andExpect(unauthenticated());
        Document list = page("/campaigns", Role.ADMIN);
        // other tests add campaigns of their own
        assertThat(list.select("main table a").eachText()).contains("2020年政府网站绩效评估（演示）");
        long id = demoCampaign();
        Document dashboard = page("/campaigns/" + id, Role.ADMIN);
        assertThat(dashboard.select("#targets tr td:first-child").eachText())
                .containsExactly("示例省人民政府", "示例市人民政府", "示例市发展和改革委员会", "示例区人民政府", "示例县人民政府");
        assertThat(dashboard.select("#targets").attr("hx-get")).isEqualTo("/campaigns/" + id + "/targets");
    }

    @Test
    void repeatedFailedLoginsLockTheUserNameEvenForTheRightPassword() throws Exception {
        users.create("locked-evaluator", "right-password-1", Role.EVALUATOR, "评估员", false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("locked-evaluator").password("wrong" + i))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("locked-evaluator").password("right-password-1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void theDemoWasWrittenToTheAuditLog() {
        List<String> demo = audit.latest(1000).stream()
                .filter(e -> e.actor().equals("system"))
                .map(e -> e.entity() + " " + e.action())
                .toList();
        assertThat(demo)
                .containsExactlyInAnyOrder(
                        "user create",
                        "campaign create",
                        "campaign schedule",
                        "campaign state",
                        "campaign state",
                        "target create",
                        "target create",
                        "target create",
                        "target create",
                        "target create",
                        "website create",
                        "website create",
                        "website create",
                        "website create",
                        "website create");
    }

    @Test
    void aCampaignMovesOnlyAlongItsSchedule() {
        long id = campaigns.create("tester", 2021, "状态测试", "cstc-2020-website-local");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaigns.move("tester", id, CampaignState.REVIEW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot go from DRAFT to REVIEW");
        campaigns.move("tester", id, CampaignState.REGISTRATION);
        assertThat(campaigns.campaign(id).orElseThrow().state()).isEqualTo(CampaignState.REGISTRATION);
    }

    @Test
    void anAdminMovesACampaignToAnAllowedStateFromItsPage() throws Exception {
        long id = campaigns.create("tester", 2021, "状态按钮测试", "cstc-2020-website-local");
        campaigns.move("tester", id, CampaignState.REGISTRATION);
        campaigns.move("tester", id, CampaignState.COLLECTION);
        // one button per allowed next state, for admins only
        assertThat(page("/campaigns/" + id, Role.ADMIN)
                        .select(".state-moves form input[name=to]")
                        .eachAttr("value"))
                .containsExactly("REGISTRATION", "REVIEW");
        assertThat(page("/campaigns/" + id, Role.EVALUATOR).select(".state-moves form"))
                .isEmpty();
        mvc.perform(post("/campaigns/" + id + "/state")
                        .param("to", "REVIEW")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + id));
        assertThat(campaigns.campaign(id).orElseThrow().state()).isEqualTo(CampaignState.REVIEW);
        assertThat(page("/campaigns/" + id, Role.ADMIN)
                        .select(".state-moves form input[name=to]")
                        .eachAttr("value"))
                .containsExactly("PUBLISHED");
        // REVIEW may not go back to COLLECTION: refused, nothing changes, nothing is audited
        mvc.perform(post("/campaigns/" + id + "/state")
                        .param("to", "COLLECTION")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isConflict());
        // only admins, and only with the CSRF token
        for (Role role : List.of(Role.EVALUATOR, Role.EXPERT, Role.UNIT)) {
            mvc.perform(post("/campaigns/" + id + "/state")
                            .param("to", "PUBLISHED")
                            .with(user("x").roles(role.name()))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/campaigns/" + id + "/state")
                        .param("to", "PUBLISHED")
                        .with(user("boss").roles(Role.ADMIN.name())))
                .andExpect(status().isForbidden());
        assertThat(campaigns.campaign(id).orElseThrow().state()).isEqualTo(CampaignState.REVIEW);
        List<String> moves = audit.latest(1000).stream()
                .filter(e -> e.entity().equals("campaign")
                        && e.entityId().equals(String.valueOf(id))
                        && e.action().equals("state"))
                .map(e -> e.actor() + " " + e.beforeValue() + "->" + e.afterValue())
                .toList();
        assertThat(moves)
                .containsExactly(
                        "boss COLLECTION->REVIEW", "tester REGISTRATION->COLLECTION", "tester DRAFT->REGISTRATION");
    }

    @Test
    void aQueuedScanRunsOnTheSchedulerAndStoresTheReportTheFarmPredicts() throws Exception {
        FarmSite gbk = farm.farm().orElseThrow().site("gbk");
        Campaigns.Website website = campaigns.demoWebsites().stream()
                .filter(w -> "gbk".equals(w.demoSite()))
                .findFirst()
                .orElseThrow();
        assertThat(website.url()).isEqualTo(gbk.homepage().toString());
        long scan = queue.scan(website.id(), "tester");
        Await.until("scan " + scan + " done", Duration.ofMinutes(3), () -> {
            ScanState state = scans.scan(scan).orElseThrow().state();
            assertThat(state).isNotEqualTo(ScanState.FAILED);
            return state == ScanState.DONE;
        });
        ScanReport report = ReportJson.read(scans.latestReport(website.id()).orElseThrow());
        assertThat(report.brokenLinks())
                .extracting(b -> b.url() + " " + b.kind())
                .containsExactlyElementsOf(gbk.manifest().brokenLinks().stream()
                        .map(l -> l.url() + " " + l.kind())
                        .toList());
        Scans.Scan done = scans.scan(scan).orElseThrow();
        assertThat(done.brokenLinks()).isEqualTo(gbk.manifest().brokenLinks().size());
        assertThat(done.pagesCrawled()).isEqualTo(report.pagesCrawled());
        // the scan kept what the home page lists, for the next scan to compare with
        List<HomepageSnapshot> kept = snapshots.since(website.id(), Instant.EPOCH);
        assertThat(kept).last().isEqualTo(report.homepageUpdates().snapshot());
        Document target = page("/targets/" + website.targetId(), Role.EVALUATOR);
        assertThat(target.select("table.broken td code").eachText())
                .containsExactlyElementsOf(gbk.manifest().brokenLinks().stream()
                        .map(l -> l.url().toString())
                        .toList());
    }

    @Test
    void aCampaignInCollectionHasEveryWebsiteScannedOnScheduleButNeverTwiceAtOnce() throws Exception {
        long collecting = campaigns.create("tester", 2021, "定期检测测试", "cstc-2020-website-local");
        campaigns.move("tester", collecting, CampaignState.REGISTRATION);
        campaigns.move("tester", collecting, CampaignState.COLLECTION);
        long registering = campaigns.create("tester", 2021, "定期检测测试（报名）", "cstc-2020-website-local");
        campaigns.move("tester", registering, CampaignState.REGISTRATION);
        Instant now = clock.instant();
        long never = plantedWebsite(collecting, "never");
        long weekOld = plantedWebsite(collecting, "week-old", scanOf(ScanState.DONE, now.minus(Duration.ofDays(8))));
        long recent = plantedWebsite(collecting, "recent", scanOf(ScanState.DONE, now.minus(Duration.ofDays(1))));
        long queued = plantedWebsite(collecting, "queued", scanOf(ScanState.QUEUED, now.minus(Duration.ofDays(30))));
        long running = plantedWebsite(collecting, "running", scanOf(ScanState.RUNNING, now.minus(Duration.ofDays(30))));
        long failedLast = plantedWebsite(
                collecting,
                "failed-last",
                scanOf(ScanState.DONE, now.minus(Duration.ofDays(9))),
                scanOf(ScanState.FAILED, now.minus(Duration.ofDays(8))));
        long failedRecently = plantedWebsite(
                collecting,
                "failed-recently",
                scanOf(ScanState.DONE, now.minus(Duration.ofDays(9))),
                scanOf(ScanState.FAILED, now.minus(Duration.ofHours(1))));
        long notCollecting = plantedWebsite(registering, "registering");
        List<Long> planted =
                List.of(never, weekOld, recent, queued, running, failedLast, failedRecently, notCollecting);
        Instant weekAgo = now.minus(Duration.ofDays(7));
        assertThat(scanSchedule.due(weekAgo).stream().filter(planted::contains))
                .containsExactly(never, weekOld, failedLast);
        // a shorter period makes the day-old scan due as well; a queued or running scan still keeps its site out
        assertThat(scanSchedule.due(now.minus(Duration.ofHours(2))).stream().filter(planted::contains))
                .containsExactly(never, weekOld, recent, failedLast);
        // the tests keep the hourly default, so their own scans run alone: the next check is far off and none
        // has queued a scan, though the demo campaign is in collection
        Await.until(
                "campaign-scans registered",
                Duration.ofMinutes(1),
                () -> jdbc.sql("select count(*) from scheduled_tasks where task_name = 'campaign-scans'")
                                .query(Long.class)
                                .single()
                        == 1);
        assertThat(jdbc.sql("select execution_time from scheduled_tasks where task_name = 'campaign-scans'")
                        .query(java.time.OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isAfter(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(jdbc.sql("select count(*) from scan where requested_by = :b")
                        .param("b", CampaignScanJobs.REQUESTED_BY)
                        .query(Long.class)
                        .single())
                .isZero();
        // out of collection, nothing of the campaign is due
        campaigns.move("tester", collecting, CampaignState.REVIEW);
        assertThat(scanSchedule.due(weekAgo).stream().filter(planted::contains)).isEmpty();
    }

    private record PlantedScan(ScanState state, Instant requestedAt) {}

    private static PlantedScan scanOf(ScanState state, Instant requestedAt) {
        return new PlantedScan(state, requestedAt);
    }

    /** A target with one website in the campaign and the given scans, written straight to the tables. */
    private long plantedWebsite(long campaign, String name, PlantedScan... planted) {
        long target = campaigns.addTarget("tester", campaign, name, "MINISTRY", null, null, List.of());
        long website = campaigns.addWebsite("tester", target, "http://127.0.0.1:9/" + name + "/", false, null);
        for (PlantedScan scan : planted) {
            jdbc.sql("insert into scan (website_id, state, requested_at, requested_by) values (:w, :s, :t, 'tester')")
                    .param("w", website)
                    .param("s", scan.state().name())
                    .param("t", scan.requestedAt().atOffset(java.time.ZoneOffset.UTC))
                    .update();
        }
        return website;
    }

    @Test
    void everyWebsiteIsProbedOnItsOwnJitteredScheduleAndTheTargetPageChartsIt() throws Exception {
        Campaigns.Website website = campaigns.demoWebsites().stream()
                .filter(w -> "pass".equals(w.demoSite()))
                .findFirst()
                .orElseThrow();
        Await.until("4 probes of " + website.url(), Duration.ofMinutes(2), () -> probes.count(website.id()) >= 4);
        List<ProbeResult> seen = probes.between(
                website.id(), java.net.URI.create(website.url()), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(seen).allSatisfy(p -> {
            assertThat(p.outcome()).isEqualTo(ProbeOutcome.OPENED);
            assertThat(p.status()).isEqualTo(200);
        });
        for (int i = 1; i < seen.size(); i++) { // never sooner than interval - jitter after the last one
            assertThat(Duration.between(seen.get(i - 1).at(), seen.get(i).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        }
        // the first probe also kept a snapshot of the home page; the next one is due only 6 h later
        Await.until(
                "a probe's home-page snapshot",
                Duration.ofMinutes(1),
                () -> snapshots.lastProbeSnapshot(website.id()).isPresent());
        List<HomepageSnapshot> kept = snapshots.since(website.id(), Instant.EPOCH);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).items()).extracting(HomepageItem::title).isNotEmpty();
        Document target = page("/targets/" + website.targetId(), Role.EXPERT);
        assertThat(target.select("#availability-" + website.id())).hasSize(1);
        assertThat(target.select("p.availability").text()).startsWith("探测不足以判断");
    }

    /**
     * Three targets of three kinds, one with two websites of which only the first is a portal. The server probes
     * every website it has: loopback IP literals, which the SSRF guard refuses without sending a packet.
     */
    static final String TARGETS_CSV = """
            名称,类型,行政区划代码,部门序号,排名分组,网站,门户
            杭州市人民政府,CITY,330100,,sub-provincial;provincial-capital,http://127.0.0.1:9/hangzhou/;http://127.0.0.1:9/hz/,是;否
            外交部,MINISTRY,,2,ministry-component,http://127.0.0.1:9/mfa/,否
            西湖区人民政府,区县政府,330106,,county,"http://127.0.0.1:9/xihu/",yes
            """;

    /** Their export: division-code order (a ministry has none: last), a byte-order mark, CRLF line ends. */
    static final String TARGETS_EXPORTED = "\uFEFF名称,类型,行政区划代码,部门序号,排名分组,网站,门户\r\n"
            + "杭州市人民政府,CITY,330100,,sub-provincial;provincial-capital,"
            + "http://127.0.0.1:9/hangzhou/;http://127.0.0.1:9/hz/,是;否\r\n"
            + "西湖区人民政府,COUNTY,330106,,county,http://127.0.0.1:9/xihu/,是\r\n"
            + "外交部,MINISTRY,,2,ministry-component,http://127.0.0.1:9/mfa/,否\r\n";

    @Test
    void anAdminImportsTargetsAllAtOnceAndEachIsAudited() throws Exception {
        long campaign = campaigns.create("tester", 2021, "导入测试", "cstc-2020-website-local");
        long lastAudit = audit.latest(1).get(0).id();
        importTargets(campaign, "targets.csv", TARGETS_CSV.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign))
                .andExpect(flash().attribute("imported", new TargetImport.Imported(3, 4)));
        List<String> stored = new ArrayList<>();
        for (Campaigns.Target t : campaigns.targets(campaign)) {
            stored.add(t.name() + "|" + t.kind() + "|" + t.divisionCode() + "|" + t.officialOrder() + "|"
                    + t.rankingGroups() + "|"
                    + campaigns.websites(t.id()).stream()
                            .map(w -> w.url() + (w.portal() ? " portal" : ""))
                            .collect(Collectors.joining(" ")));
        }
        assertThat(stored)
                .containsExactly(
                        "杭州市人民政府|CITY|330100|null|sub-provincial,provincial-capital|"
                                + "http://127.0.0.1:9/hangzhou/ portal http://127.0.0.1:9/hz/",
                        "西湖区人民政府|COUNTY|330106|null|county|http://127.0.0.1:9/xihu/ portal",
                        "外交部|MINISTRY|null|2|ministry-component|http://127.0.0.1:9/mfa/");
        assertThat(audit.latest(100).stream()
                        .filter(e -> e.id() > lastAudit)
                        .map(e -> e.actor() + " " + e.entity() + " " + e.action()))
                .containsExactlyInAnyOrder(
                        "importer target create",
                        "importer target create",
                        "importer target create",
                        "importer website create",
                        "importer website create",
                        "importer website create",
                        "importer website create");
        Document dashboard = page("/campaigns/" + campaign, Role.ADMIN);
        assertThat(dashboard.select("#transfer a").eachAttr("href"))
                .containsExactly("/campaigns/" + campaign + "/targets.csv", "/campaigns/" + campaign + "/targets.xlsx");
        assertThat(dashboard.select("#transfer form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(dashboard.select("#transfer form input[name=_csrf]")).hasSize(1);
        assertThat(page("/campaigns/" + campaign, Role.EVALUATOR).select("#transfer"))
                .isEmpty();
    }

    @Test
    void aFileWithAnyProblemWritesNothingAndListsEveryProblem() throws Exception {
        long demo = demoCampaign();
        List<Campaigns.Target> before = campaigns.targets(demo);
        long lastAudit = audit.latest(1).get(0).id();
        String csv = """
                名称,类型,行政区划代码,网站
                新的县人民政府,COUNTY,330122,http://127.0.0.1:9/new/
                示例省人民政府,PROVINCE,330000,http://127.0.0.1:9/again/
                错误的县人民政府,COUNTY,999999,http://127.0.0.1:9/wrong/
                """;
        String html = importTargets(demo, "目标.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#problems li").eachText())
                .containsExactly(
                        "目标.csv:3: 名称: '示例省人民政府' is already a target of this campaign",
                        "目标.csv:4: 行政区划代码: 999999 is not a known division code");
        assertThat(campaigns.targets(demo)).isEqualTo(before);
        assertThat(audit.latest(1).get(0).id()).isEqualTo(lastAudit);
    }

    @Test
    void anExportImportsAgainUnchangedAsCsvAndAsXlsx() throws Exception {
        long first = campaigns.create("tester", 2021, "导出测试", "cstc-2020-website-local");
        importTargets(first, "targets.csv", TARGETS_CSV.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().is3xxRedirection());
        byte[] csv = download("/campaigns/" + first + "/targets.csv", "text/csv;charset=UTF-8");
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(TARGETS_EXPORTED);
        byte[] xlsx = download(
                "/campaigns/" + first + "/targets.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        long fromCsv = campaigns.create("tester", 2021, "导出测试（CSV）", "cstc-2020-website-local");
        importTargets(fromCsv, "campaign-targets.csv", csv).andExpect(status().is3xxRedirection());
        long fromXlsx = campaigns.create("tester", 2021, "导出测试（xlsx）", "cstc-2020-website-local");
        importTargets(fromXlsx, "campaign-targets.xlsx", xlsx).andExpect(status().is3xxRedirection());
        assertThat(download("/campaigns/" + fromCsv + "/targets.csv", "text/csv;charset=UTF-8"))
                .isEqualTo(csv);
        assertThat(download("/campaigns/" + fromXlsx + "/targets.csv", "text/csv;charset=UTF-8"))
                .isEqualTo(csv);
        // the demo campaign's own targets go round too
        long demo = demoCampaign();
        byte[] demoCsv = download("/campaigns/" + demo + "/targets.csv", "text/csv;charset=UTF-8");
        long copy = campaigns.create("tester", 2021, "演示副本", "cstc-2020-website-local");
        importTargets(copy, "demo.csv", demoCsv).andExpect(status().is3xxRedirection());
        assertThat(download("/campaigns/" + copy + "/targets.csv", "text/csv;charset=UTF-8"))
                .isEqualTo(demoCsv);
    }

    @Test
    void onlyAnAdminImportsOrExportsTargets() throws Exception {
        long campaign = campaigns.create("tester", 2021, "权限测试", "cstc-2020-website-local");
        MockMultipartFile file =
                new MockMultipartFile("file", "targets.csv", "text/csv", TARGETS_CSV.getBytes(StandardCharsets.UTF_8));
        for (Role role : List.of(Role.EVALUATOR, Role.EXPERT, Role.UNIT)) {
            mvc.perform(multipart("/campaigns/" + campaign + "/targets/import")
                            .file(file)
                            .with(user("x").roles(role.name()))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/campaigns/" + campaign + "/targets.csv")
                            .with(user("x").roles(role.name())))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/campaigns/" + campaign + "/targets.xlsx")
                            .with(user("x").roles(role.name())))
                    .andExpect(status().isForbidden());
        }
        // an admin's upload without the CSRF token is refused too
        mvc.perform(multipart("/campaigns/" + campaign + "/targets/import")
                        .file(file)
                        .with(user("importer").roles(Role.ADMIN.name())))
                .andExpect(status().isForbidden());
        assertThat(campaigns.targets(campaign)).isEmpty();
    }

    private long demoCampaign() {
        return campaigns.campaigns().stream()
                .filter(c -> c.name().equals("2020年政府网站绩效评估（演示）"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private ResultActions importTargets(long campaign, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/campaigns/" + campaign + "/targets/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(user("importer").roles(Role.ADMIN.name()))
                .with(csrf()));
    }

    private byte[] download(String path, String contentType) throws Exception {
        return mvc.perform(get(path).with(user("importer").roles(Role.ADMIN.name())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(contentType))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theApiDocsAreOpenAndDescribeEveryJsonEndpoint() throws Exception {
        JsonNode docs = json(mvc.perform(get("/v3/api-docs")));
        List<String> paths = new ArrayList<>(docs.get("paths").propertyNames());
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "/api/results/{id}",
                        "/api/campaigns",
                        "/api/campaigns/{id}",
                        "/api/campaigns/{id}/targets",
                        "/api/websites/{id}/scans");
        for (String path : paths) { // the description says which need the session cookie of a login
            JsonNode get = docs.get("paths").get(path).get("get");
            assertThat(get.has("security")).as(path).isEqualTo(!path.startsWith("/api/results/"));
            assertThat(get.get("responses").has("200")).as(path).isTrue();
        }
        assertThat(docs.get("components")
                        .get("securitySchemes")
                        .get("session")
                        .get("in")
                        .asString())
                .isEqualTo("cookie");
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void theJsonApiServesCampaignsTargetsAndScansToTheRolesThatSeeThePages() throws Exception {
        long campaign = campaigns.create("api-tester", 2019, "接口测试", "cstc-2020-website-local");
        long shanghai = campaigns.addTarget("api-tester", campaign, "上海市人民政府", "直辖市", "310000", null, List.of());
        long beijing = campaigns.addTarget(
                "api-tester", campaign, "北京市人民政府", "直辖市", "110000", null, List.of("municipalities", "portals"));
        long quiet = campaigns.addWebsite("api-tester", shanghai, "http://127.0.0.1:9/", true, null);
        long busy = campaigns.addWebsite("api-tester", beijing, "http://127.0.0.1:9/bj/", true, null);
        // rows only, no scheduler job: they stay QUEUED, so every field below is known
        long first = scans.queue(busy, "api-tester");
        long second = scans.queue(busy, "api-tester");

        mvc.perform(get("/api/campaigns")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/websites/" + busy + "/scans")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/campaigns").with(user("u").roles(Role.UNIT.name())))
                .andExpect(status().isForbidden());

        JsonNode listed = api("/api/campaigns");
        List<JsonNode> ours = listed.valueStream()
                .filter(c -> c.get("id").asLong() == campaign)
                .toList();
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).get("name").asString()).isEqualTo("接口测试");
        assertThat(ours.get(0).get("campaignYear").asInt()).isEqualTo(2019);
        assertThat(ours.get(0).get("state").asString()).isEqualTo("DRAFT");
        assertThat(listed.valueStream().map(c -> c.get("id").asLong()).toList())
                .containsExactlyElementsOf(campaigns.campaigns().stream()
                        .map(Campaigns.Campaign::id)
                        .toList());
        assertThat(api("/api/campaigns/" + campaign).get("systemId").asString()).isEqualTo("cstc-2020-website-local");

        JsonNode targets = api("/api/campaigns/" + campaign + "/targets");
        assertThat(targets.valueStream().map(t -> t.get("name").asString()).toList())
                .containsExactly("北京市人民政府", "上海市人民政府"); // division-code order
        JsonNode bj = targets.get(0);
        assertThat(bj.get("divisionCode").asString()).isEqualTo("110000");
        assertThat(bj.get("rankingGroups").valueStream().map(JsonNode::asString).toList())
                .containsExactly("municipalities", "portals");
        assertThat(bj.get("websites")).hasSize(1);
        JsonNode latest = bj.get("websites").get(0).get("latestScan");
        assertThat(latest.get("id").asLong()).isEqualTo(second);
        assertThat(latest.get("state").asString()).isEqualTo("QUEUED");
        assertThat(latest.get("requestedBy").asString()).isEqualTo("api-tester");
        assertThat(latest.get("brokenLinks").isNull()).isTrue();
        JsonNode sh = targets.get(1);
        assertThat(sh.get("rankingGroups")).isEmpty();
        assertThat(sh.get("websites").get(0).get("id").asLong()).isEqualTo(quiet);
        assertThat(sh.get("websites").get(0).get("latestScan").isNull()).isTrue();

        assertThat(api("/api/websites/" + busy + "/scans")
                        .valueStream()
                        .map(x -> x.get("id").asLong())
                        .toList())
                .containsExactly(second, first);
        assertThat(api("/api/websites/" + busy + "/scans?limit=1")
                        .valueStream()
                        .map(x -> x.get("id").asLong())
                        .toList())
                .containsExactly(second);
        assertThat(api("/api/websites/" + quiet + "/scans")).isEmpty();
        mvc.perform(get("/api/websites/" + busy + "/scans?limit=0")
                        .with(user("e").roles(Role.EXPERT.name())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/websites/999999/scans").with(user("e").roles(Role.EXPERT.name())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/campaigns/999999/targets").with(user("e").roles(Role.EXPERT.name())))
                .andExpect(status().isNotFound());
    }

    private JsonNode api(String path) throws Exception {
        return json(mvc.perform(get(path).with(user("e").roles(Role.EXPERT.name()))));
    }

    private static JsonNode json(ResultActions result) throws Exception {
        String body =
                result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private Document page(String path, Role role) throws Exception {
        String html = mvc.perform(get(path).with(user("someone").roles(role.name())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    // ---- scan checkpoints and evidence copies in the database (V4) ----

    @Autowired
    org.goveval.server.monitoring.ScanCheckpoints checkpoints;

    @Autowired
    org.goveval.server.evidence.EvidenceCopies evidenceCopies;

    /**
     * The checkpoint row keeps exactly the last bytes its running node saved (gzipped in the row), a node that
     * does not run the scan cannot overwrite it, and failing the scan removes it.
     */
    @Test
    void aScanCheckpointRoundTripsThroughTheDatabaseAndOnlyTheRunningNodeWritesIt() throws Exception {
        long campaign = campaigns.create("tester", 2026, "检查点测试", "cstc-2020-website-local");
        long target = campaigns.addTarget("tester", campaign, "检查点", "MINISTRY", null, null, List.of());
        long website = campaigns.addWebsite("tester", target, "http://127.0.0.1:9/checkpoint/", false, null);
        long scan = scans.queue(website, "tester");
        org.goveval.monitor.scan.CheckpointStore store = checkpoints.forScan(scan, "node-x");
        assertThat(store.load()).isEmpty();
        store.save("{\"queued\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(store.load())
                .as("a queued scan has no running node: nothing saved")
                .isEmpty();

        assertThat(scans.start(scan, "node-x")).isTrue();
        byte[] first = "{\"crawled\":[\"http://x.gov.cn/\"]}".repeat(50).getBytes(StandardCharsets.UTF_8);
        store.save(first);
        assertThat(store.load()).hasValueSatisfying(b -> assertThat(b).isEqualTo(first));
        byte[] row = jdbc.sql("select data from scan_checkpoint where scan_id = :s")
                .param("s", scan)
                .query(byte[].class)
                .single();
        assertThat(row.length).as("gzipped").isLessThan(first.length);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(row))) {
            assertThat(in.readAllBytes()).isEqualTo(first);
        }
        byte[] second = "{\"crawled\":[]}".getBytes(StandardCharsets.UTF_8);
        store.save(second);
        checkpoints.forScan(scan, "node-y").save("{\"stale\":true}".getBytes(StandardCharsets.UTF_8));
        assertThat(checkpoints.forScan(scan, "node-y").load())
                .hasValueSatisfying(
                        b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("{\"crawled\":[]}"));
        assertThat(jdbc.sql("select node from scan_checkpoint where scan_id = :s")
                        .param("s", scan)
                        .query(String.class)
                        .list())
                .containsExactly("node-x");

        scans.fail(scan, "test");
        assertThat(store.load()).isEmpty();
    }

    /**
     * A scan of the demo farm's site {@code fail} stores the copies its findings cite in the database; the target
     * page links each cited copy; a copy serves exactly the bytes the farm serves, as plain text that cannot run
     * (nosniff, sandbox), with an escaped description, to logged-in users only; the checkpoint is gone once the
     * report is stored.
     */
    @Test
    void aDemoScanStoresItsEvidenceCopiesAndServesThemSafelyToUsersOnly() throws Exception {
        FarmSite fail = farm.farm().orElseThrow().site("fail");
        Campaigns.Website website = campaigns.demoWebsites().stream()
                .filter(w -> "fail".equals(w.demoSite()))
                .findFirst()
                .orElseThrow();
        assertThat(website.url()).isEqualTo(fail.homepage().toString());
        long scan = queue.scan(website.id(), "tester");
        Await.until("scan " + scan + " done", Duration.ofMinutes(3), () -> {
            ScanState state = scans.scan(scan).orElseThrow().state();
            assertThat(state).isNotEqualTo(ScanState.FAILED);
            return state == ScanState.DONE;
        });
        ScanReport report = ReportJson.read(scans.latestReport(website.id()).orElseThrow());
        List<String> cited = report.findings().stream()
                .flatMap(f -> f.evidence().stream())
                .map(org.goveval.monitor.content.Evidence::copy)
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(cited).as("findings of the fail site cite stored copies").isNotEmpty();
        assertThat(evidenceCopies.names(scan)).containsAll(cited);
        assertThat(jdbc.sql("select count(*) from scan_checkpoint where scan_id = :s")
                        .param("s", scan)
                        .query(Long.class)
                        .single())
                .as("the checkpoint goes with the stored report")
                .isZero();

        Document target = page("/targets/" + website.targetId(), Role.EXPERT);
        assertThat(target.select("ul.findings a.evidence").eachAttr("href"))
                .containsExactlyElementsOf(cited.stream()
                        .map(c -> "/scans/" + scan + "/evidence/" + c)
                        .toList());

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String name : new java.util.LinkedHashSet<>(cited)) {
            org.goveval.server.evidence.EvidenceCopies.Copy copy =
                    evidenceCopies.copy(scan, name).orElseThrow();
            // the site's own pages and the rogue host its poisoned links lead to: both farm sites on loopback
            assertThat(copy.url()).startsWith("http://127.0.0.1:");
            byte[] served = http.send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(copy.url()))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            var response = mvc.perform(get("/scans/" + scan + "/evidence/" + name + "/body")
                            .with(user("someone").roles(Role.EVALUATOR.name())))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(response.getContentAsByteArray()).as(copy.url()).isEqualTo(served);
            assertThat(response.getContentType()).startsWith("text/plain");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");

            Document meta = page("/scans/" + scan + "/evidence/" + name, Role.EXPERT);
            assertThat(meta.select("code.url").text()).isEqualTo(copy.url());
            assertThat(meta.select("td.status").text()).isEqualTo(String.valueOf(copy.status()));
            assertThat(meta.select("a.body").attr("href")).isEqualTo("/scans/" + scan + "/evidence/" + name + "/body");

            mvc.perform(get("/scans/" + scan + "/evidence/" + name + "/body"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
            mvc.perform(get("/scans/" + scan + "/evidence/" + name)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/scans/" + scan + "/evidence/" + "0".repeat(64) + "/body")
                        .with(user("someone").roles(Role.EVALUATOR.name())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/scans/" + scan + "/evidence/" + cited.getFirst() + "/body")
                        .with(user("someone").roles("UNIT")))
                .andExpect(status().isForbidden());
    }
}
