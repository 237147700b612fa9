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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
        // signed in, and sent to choose a password of their own first (the users tests check what that blocks)
        mvc.perform(formLogin("/login").user(InitialAdmin.USERNAME).password(password))
                .andExpect(authenticated().withRoles(Role.ADMIN.name()))
                .andExpect(redirectedUrl("/account/password"));
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

    // ---- users and passwords: the own password page, the admins' user pages, must-change and disabled ----

    private static final String NEW_PASSWORD = "一个足够长的新密码 2026";

    @Test
    void anAdminCreatesAnEvaluatorWhoMustReplaceTheOneTimePasswordBeforeAnythingElse() throws Exception {
        Document issued = html(mvc.perform(post("/users")
                        .param("username", "eva.lu-1")
                        .param("displayName", "评估员<甲>")
                        .param("role", "EVALUATOR")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isOk())
                // shown once: the browser must not keep the page
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))));
        assertThat(issued.select("#issued-username").text()).isEqualTo("eva.lu-1");
        String oneTime = issued.select("#one-time-password").text();
        assertThat(oneTime).matches("[a-km-np-zA-HJ-NP-Z2-9]{16}");
        UserAccounts.Account created = users.account("eva.lu-1").orElseThrow();
        assertThat(List.of(created.role(), created.displayName(), created.mustChangePassword(), created.disabled()))
                .containsExactly(Role.EVALUATOR, "评估员<甲>", true, false);
        assertThat(userRow("eva.lu-1")).containsExactly("eva.lu-1", "评估员<甲>", "评估员", "是", "否", "", "重置密码 更改角色 停用");

        // the one-time password signs in, straight to the password page, and nothing else opens until changed
        MockHttpSession session = signIn("eva.lu-1", oneTime, "/account/password");
        for (String path : List.of("/campaigns", "/", "/results", "/targets/1")) {
            mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(get("/api/campaigns").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/" + demoCampaign() + "/scans")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/css/goveval.css").session(session)).andExpect(status().isOk());
        assertThat(html(mvc.perform(get("/account/password").session(session)).andExpect(status().isOk()))
                        .select("#must-change"))
                .hasSize(1);

        mvc.perform(changePassword(session, oneTime, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password?changed"));
        assertThat(html(mvc.perform(get("/account/password?changed").session(session)))
                        .select("#changed")
                        .text())
                .isEqualTo("密码已修改。");
        mvc.perform(get("/campaigns").session(session)).andExpect(status().isOk());
        assertThat(users.account("eva.lu-1").orElseThrow().mustChangePassword()).isFalse();

        // the old password fails, the new one works and leads to the campaigns as usual
        mvc.perform(formLogin("/login").user("eva.lu-1").password(oneTime)).andExpect(unauthenticated());
        MockHttpSession again = signIn("eva.lu-1", NEW_PASSWORD, "/campaigns");

        // an evaluator is no admin: every users page and action is forbidden
        long id = created.id();
        mvc.perform(get("/users").session(again)).andExpect(status().isForbidden());
        for (String action : List.of("/users", "/users/" + id + "/password", "/users/" + id + "/disable")) {
            mvc.perform(post(action).session(again).with(csrf())).andExpect(status().isForbidden());
        }
        for (Role role : List.of(Role.EVALUATOR, Role.EXPERT, Role.UNIT)) {
            mvc.perform(get("/users").with(user("x").roles(role.name()))).andExpect(status().isForbidden());
            mvc.perform(post("/users/" + id + "/enable")
                            .with(user("x").roles(role.name()))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // and an admin's post without the CSRF token is refused
        mvc.perform(post("/users/" + id + "/password").with(user("boss").roles(Role.ADMIN.name())))
                .andExpect(status().isForbidden());

        assertThat(userAudit("eva.lu-1"))
                .containsExactly(
                        "boss create null -> role=EVALUATOR;displayName=评估员<甲>;mustChangePassword=true;disabled=false;target=",
                        "eva.lu-1 password-change mustChangePassword=true -> mustChangePassword=false");
        assertNoSecretAudited("eva.lu-1", oneTime, NEW_PASSWORD);
    }

    @Test
    void anAdminResetsAPasswordAndDisablesAndEnablesAUser() throws Exception {
        users.create("reset.me", "first-password-1", Role.EXPERT, "专家乙", false);
        long id = users.account("reset.me").orElseThrow().id();
        MockHttpSession open = signIn("reset.me", "first-password-1", "/campaigns");

        Document issued = html(mvc.perform(post("/users/" + id + "/password")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(issued.select("h1").text()).isEqualTo("已重置密码");
        String oneTime = issued.select("#one-time-password").text();
        assertThat(oneTime).matches("[a-km-np-zA-HJ-NP-Z2-9]{16}");
        // the session open before the reset must now change the password too; the old password is gone
        mvc.perform(get("/campaigns").session(open)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(formLogin("/login").user("reset.me").password("first-password-1"))
                .andExpect(unauthenticated());
        MockHttpSession afterReset = signIn("reset.me", oneTime, "/account/password");

        mvc.perform(post("/users/" + id + "/disable")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users"));
        assertThat(users.account("reset.me").orElseThrow().disabled()).isTrue();
        assertThat(userRow("reset.me")).containsExactly("reset.me", "专家乙", "专家", "是", "是", "", "重置密码 更改角色 启用");
        // a disabled user cannot sign in, with the right password, and an open session ends at its next request
        mvc.perform(formLogin("/login").user("reset.me").password(oneTime))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/account/password").session(afterReset)).andExpect(redirectedUrl("/login?disabled"));
        mvc.perform(get("/account/password").session(afterReset)).andExpect(redirectedUrl("/login"));

        mvc.perform(post("/users/" + id + "/enable")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users"));
        signIn("reset.me", oneTime, "/account/password");
        mvc.perform(post("/users/999999/disable")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        String before = "role=EXPERT;displayName=专家乙;mustChangePassword=false;disabled=false;target=";
        String reset = "role=EXPERT;displayName=专家乙;mustChangePassword=true;disabled=false;target=";
        String disabled = "role=EXPERT;displayName=专家乙;mustChangePassword=true;disabled=true;target=";
        assertThat(userAudit("reset.me"))
                .containsExactly(
                        "boss password-reset " + before + " -> " + reset,
                        "boss disable " + reset + " -> " + disabled,
                        "boss enable " + disabled + " -> " + reset);
        assertNoSecretAudited("reset.me", oneTime, "first-password-1");
    }

    @Test
    void nobodyDisablesThemselfOrTheLastEnabledAdmin() throws Exception {
        users.create("root.two", "root-two-password", Role.ADMIN, "第二管理员", false);
        long rootTwo = users.account("root.two").orElseThrow().id();
        long admin = users.account(InitialAdmin.USERNAME).orElseThrow().id();
        mvc.perform(post("/users/" + rootTwo + "/disable")
                        .with(user("root.two").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("refused", "users.refused.SELF"));
        assertThat(users.account("root.two").orElseThrow().disabled()).isFalse();
        // two enabled admins: one may go
        mvc.perform(post("/users/" + rootTwo + "/disable")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attributeCount(0));
        assertThat(users.account("root.two").orElseThrow().disabled()).isTrue();
        // now admin is the last enabled one (boss is made up by the test and has no row)
        mvc.perform(post("/users/" + admin + "/disable")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("refused", "users.refused.LAST_ADMIN"));
        assertThat(users.account(InitialAdmin.USERNAME).orElseThrow().disabled())
                .isFalse();
        assertThat(html(mvc.perform(get("/users")
                                .flashAttr("refused", "users.refused.LAST_ADMIN")
                                .with(user("boss").roles(Role.ADMIN.name()))))
                        .select("#refused")
                        .text())
                .isEqualTo("不能停用最后一个启用的管理员账户或更改其角色，否则将无人能够管理用户。");
        assertThat(userAudit("root.two"))
                .containsExactly(
                        "boss disable role=ADMIN;displayName=第二管理员;mustChangePassword=false;disabled=false;target="
                                + " -> role=ADMIN;displayName=第二管理员;mustChangePassword=false;disabled=true;target=");
        assertThat(userAudit(InitialAdmin.USERNAME)).containsExactly("system create null -> role=ADMIN");
    }

    @Test
    void anAdminChangesARoleButNobodyTheirOwnNorTheLastEnabledAdmins() throws Exception {
        long target = campaigns.targets(demoCampaign()).get(1).id();
        users.create("role.change", "role-change-pw-1", Role.UNIT, "角色测试", false, target);
        long id = users.account("role.change").orElseThrow().id();
        long admin = users.account(InitialAdmin.USERNAME).orElseThrow().id();
        MockHttpSession asUnit = signIn("role.change", "role-change-pw-1", "/campaigns");
        // promoted to admin, a unit no longer stands for its target
        changeRole(id, "boss", Role.ADMIN).andExpect(flash().attributeCount(0));
        // the session that logged in as a unit ends: the new role comes with the next login
        mvc.perform(get("/account/password").session(asUnit)).andExpect(redirectedUrl("/login?roleChanged"));
        MockHttpSession nowAdmin = signIn("role.change", "role-change-pw-1", "/campaigns");
        mvc.perform(get("/users").session(nowAdmin)).andExpect(status().isOk());
        UserAccounts.Account promoted = users.account("role.change").orElseThrow();
        assertThat(promoted.role()).isEqualTo(Role.ADMIN);
        assertThat(promoted.targetId()).isNull();
        assertThat(userRow("role.change").get(2)).isEqualTo("管理员");
        // nobody changes their own role
        changeRole(id, "role.change", Role.EXPERT).andExpect(flash().attribute("refused", "users.refused.SELF"));
        // with two enabled admins one may become an expert; then the other is the last and stays an admin
        changeRole(id, "boss", Role.EXPERT).andExpect(flash().attributeCount(0));
        changeRole(admin, "boss", Role.EVALUATOR).andExpect(flash().attribute("refused", "users.refused.LAST_ADMIN"));
        assertThat(users.account(InitialAdmin.USERNAME).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(users.account("role.change").orElseThrow().role()).isEqualTo(Role.EXPERT);
        for (Role role : List.of(Role.EVALUATOR, Role.EXPERT, Role.UNIT)) {
            mvc.perform(post("/users/" + id + "/role")
                            .param("role", "ADMIN")
                            .with(user("x").roles(role.name()))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        String unit = "role=UNIT;displayName=角色测试;mustChangePassword=false;disabled=false;target=" + target;
        String asAdmin = "role=ADMIN;displayName=角色测试;mustChangePassword=false;disabled=false;target=";
        String asExpert = "role=EXPERT;displayName=角色测试;mustChangePassword=false;disabled=false;target=";
        assertThat(userAudit("role.change"))
                .containsExactly("boss role " + unit + " -> " + asAdmin, "boss role " + asAdmin + " -> " + asExpert);
        assertThat(userAudit(InitialAdmin.USERNAME)).containsExactly("system create null -> role=ADMIN");
    }

    private ResultActions changeRole(long id, String actor, Role role) throws Exception {
        return mvc.perform(post("/users/" + id + "/role")
                        .param("role", role.name())
                        .with(user(actor).roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users"));
    }

    @Test
    void aNewPasswordThatBreaksARuleIsRefusedWithItsMessageAndChangesNothing() throws Exception {
        String current = "rule-tester-pw-1";
        users.create("rule.tester", current, Role.EVALUATOR, "规则测试", false);
        MockHttpSession session = signIn("rule.tester", current, "/campaigns");
        String good = "a-good-new-pw-1";
        List<List<String>> cases = List.of(
                List.of("not-the-password", good, good, "当前密码不正确。"),
                List.of(current, good, good + "x", "两次输入的新密码不一致。"),
                List.of(current, "123456789", "123456789", "新密码至少需要 10 个字符。"),
                List.of(current, "九个汉字密码太短了", "九个汉字密码太短了", "新密码至少需要 10 个字符。"),
                List.of(current, "a".repeat(73), "a".repeat(73), "新密码不能超过 72 字节（约 24 个汉字或 72 个英文字符）。"),
                List.of(current, "Rule.Tester", "Rule.Tester", "新密码不能与用户名相同。"),
                List.of(current, current, current, "新密码不能与当前密码相同。"));
        for (List<String> c : cases) {
            Document page = html(mvc.perform(changePassword(session, c.get(0), c.get(1), c.get(2)))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(page.select("#problems li").eachText()).as(c.get(1)).containsExactly(c.get(3));
        }
        // every broken rule is listed at once, and in English for an English browser
        Document english = html(
                mvc.perform(changePassword(session, "wrong", "short", "other").header("Accept-Language", "en"))
                        .andExpect(status().isUnprocessableContent()));
        assertThat(english.select("#problems li").eachText())
                .containsExactly(
                        "The current password is not correct.",
                        "The two new passwords differ.",
                        "The new password must have at least 10 characters.");
        assertThat(users.passwordMatches("rule.tester", current)).isTrue();
        assertThat(userAudit("rule.tester")).isEmpty();
        // ten characters of any kind are enough
        mvc.perform(changePassword(session, current, "十个汉字组成的新密码", "十个汉字组成的新密码"))
                .andExpect(redirectedUrl("/account/password?changed"));
        assertThat(users.passwordMatches("rule.tester", "十个汉字组成的新密码")).isTrue();
    }

    @Test
    void aUserNameOrFormThatBreaksTheRulesIsRefusedAndCreatesNobody() throws Exception {
        long target = campaigns.targets(demoCampaign()).get(0).id();
        List<List<String>> cases = List.of(
                List.of("Upper", "名", "EVALUATOR", "", "用户名只能由小写字母、数字、“.”、“-”、“_”组成，长度 3 至 100 个字符。"),
                List.of("ab", "名", "EVALUATOR", "", "用户名只能由小写字母、数字、“.”、“-”、“_”组成，长度 3 至 100 个字符。"),
                List.of("x".repeat(101), "名", "EVALUATOR", "", "用户名只能由小写字母、数字、“.”、“-”、“_”组成，长度 3 至 100 个字符。"),
                List.of("zhang san", "名", "EVALUATOR", "", "用户名只能由小写字母、数字、“.”、“-”、“_”组成，长度 3 至 100 个字符。"),
                List.of("blank.name", " ", "EVALUATOR", "", "显示名称不能为空，且不超过 200 个字符。"),
                List.of("not.unit", "名", "EXPERT", String.valueOf(target), "只有被评估单位用户可以关联评估对象。"),
                List.of("no.target", "名", "UNIT", "999999", "没有该编号的评估对象。"),
                List.of(InitialAdmin.USERNAME, "名", "ADMIN", "", "该用户名已被使用。"));
        long before = users.count();
        for (List<String> c : cases) {
            Document page = html(mvc.perform(post("/users")
                            .param("username", c.get(0))
                            .param("displayName", c.get(1))
                            .param("role", c.get(2))
                            .param("targetId", c.get(3))
                            .with(user("boss").roles(Role.ADMIN.name()))
                            .with(csrf()))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(page.select("#problems li").eachText()).as(c.get(0)).containsExactly(c.get(4));
        }
        assertThat(users.count()).isEqualTo(before);
        // a unit bound to its target: shown with the target's name
        html(mvc.perform(post("/users")
                        .param("username", "unit_1")
                        .param("displayName", "示例省")
                        .param("role", "UNIT")
                        .param("targetId", String.valueOf(target))
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(users.account("unit_1").orElseThrow().targetId()).isEqualTo(target);
        assertThat(userRow("unit_1"))
                .containsExactly(
                        "unit_1",
                        "示例省",
                        "被评估单位",
                        "是",
                        "否",
                        campaigns.target(target).orElseThrow().name(),
                        "重置密码 更改角色 停用");
    }

    /** Signs in through the form and checks where the login sends the user; returns the session. */
    private MockHttpSession signIn(String username, String password, String landing) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated())
                .andExpect(redirectedUrl(landing))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    private static MockHttpServletRequestBuilder changePassword(
            MockHttpSession session, String current, String chosen, String repeated) {
        return post("/account/password")
                .param("current", current)
                .param("password", chosen)
                .param("repeat", repeated)
                .session(session)
                .with(csrf());
    }

    /** The user's line on the admins' list: name, display name, role, must change, disabled, target, buttons. */
    private List<String> userRow(String username) throws Exception {
        Document list = page("/users", Role.ADMIN);
        var row = list.select("#users tr:has(td.username)").stream()
                .filter(tr -> tr.selectFirst("td.username").text().equals(username))
                .findFirst()
                .orElseThrow();
        List<String> cells = row.select("td").stream().map(td -> td.text()).toList(); // empty cells too
        assertThat(cells.get(3)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"); // created, Beijing time
        String buttons = String.join(" ", row.select("td button").eachText());
        return List.of(cells.get(0), cells.get(1), cells.get(2), cells.get(4), cells.get(5), cells.get(6), buttons);
    }

    /** The audit log's entries about one user, oldest first, as "actor action before -> after". */
    private List<String> userAudit(String username) {
        return audit.latest(10_000).reversed().stream()
                .filter(e -> e.entity().equals("user") && e.entityId().equals(username))
                .map(e -> e.actor() + " " + e.action() + " " + e.beforeValue() + " -> " + e.afterValue())
                .toList();
    }

    /** No audit value holds any of the passwords, the stored hash or anything bcrypt-shaped. */
    private void assertNoSecretAudited(String username, String... passwords) {
        String hash = jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
        List<String> values = audit.latest(10_000).stream()
                .flatMap(e -> java.util.stream.Stream.of(e.beforeValue(), e.afterValue()))
                .filter(java.util.Objects::nonNull)
                .toList();
        for (String value : values) {
            assertThat(value).doesNotContain(hash).doesNotContain("$2a$").doesNotContain(passwords);
        }
    }

    private static Document html(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
