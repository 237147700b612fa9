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
import org.goveval.server.campaign.MediaAccounts;
import org.goveval.server.campaign.MediaPlatform;
import org.goveval.server.demo.DemoFarm;
import org.goveval.server.monitoring.CampaignScanJobs;
import org.goveval.server.monitoring.HomepageSnapshots;
import org.goveval.server.monitoring.MonitoringWindow;
import org.goveval.server.monitoring.ProbeJobs;
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
    MonitoringWindow window;

    @Autowired
    MediaAccounts accounts;

    @Autowired
    com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties schedulerProperties;

    @Autowired
    ProbeJobs.Planner planner;

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
                        "website create",
                        "media_account create",
                        "media_account create",
                        "media_account create");
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
        Campaigns.Website website = demoWebsite("gbk");
        assertThat(website.url()).isEqualTo(gbk.homepage().toString());
        long scan = scanUntilDone(website.id());
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

    /**
     * Each stored scan carries since when its broken links are broken from the website's previous stored scan: the
     * same URL broken the same way keeps its first scan's start, and the target page says how long it has lasted; a
     * link the previous scan listed another way starts again at this scan.
     */
    @Test
    void aScanCarriesSinceWhenEachLinkIsBrokenFromThePreviousStoredScan() throws Exception {
        FarmSite gbk = farm.farm().orElseThrow().site("gbk");
        Campaigns.Website website = demoWebsite("gbk");
        // the schedule queues every demo website once at start-up: let that scan finish, it may be the previous one
        Await.until(
                "no scan of gbk unfinished",
                Duration.ofMinutes(3),
                () -> scans.unfinished().stream()
                        .noneMatch(id -> scans.scan(id).orElseThrow().websiteId() == website.id()));
        scanUntilDone(website.id());
        ScanReport first = ReportJson.read(scans.latestReport(website.id()).orElseThrow());
        String dead = gbk.manifest().brokenLinks().get(0).url();
        assertThat(first.brokenLinks()).extracting(b -> b.url()).containsExactly(dead);
        String since = first.brokenLinks().get(0).firstSeen();
        assertThat(java.time.Instant.parse(since)).isBeforeOrEqualTo(java.time.Instant.parse(first.startedAt()));

        long second = scanUntilDone(website.id());
        ScanReport two = ReportJson.read(scans.latestReport(website.id()).orElseThrow());
        assertThat(java.time.Instant.parse(two.startedAt())).isAfter(java.time.Instant.parse(first.startedAt()));
        assertThat(two.brokenLinks())
                .extracting(b -> b.url() + " " + b.kind() + " " + b.firstSeen())
                .containsExactly(dead + " SOFT_404 " + since);
        Document target = page("/targets/" + website.targetId(), Role.EVALUATOR);
        assertThat(target.select("table.broken th").eachText()).last().isEqualTo("首次发现");
        assertThat(target.select("table.broken td.first-seen").eachText()).containsExactly(since + " 已持续不足 1 天");

        // as if the previous scan had found the link broken another way: this scan starts a new series
        ScanReport otherWay = two.withLinkFindings(
                List.of(new org.goveval.monitor.report.BrokenLinkFinding(
                        dead, "HTTP_ERROR", 404, List.of(gbk.homepage().toString()), false, "", since)),
                two.blockedOrThrottled());
        jdbc.sql("update scan set report_json = :j where id = :id")
                .param("j", ReportJson.write(otherWay))
                .param("id", second)
                .update();
        scanUntilDone(website.id());
        ScanReport three = ReportJson.read(scans.latestReport(website.id()).orElseThrow());
        assertThat(three.brokenLinks())
                .extracting(b -> b.url() + " " + b.kind() + " " + b.firstSeen())
                .containsExactly(dead + " SOFT_404 " + three.startedAt());
        target = page("/targets/" + website.targetId(), Role.EVALUATOR);
        assertThat(target.select("table.broken td.first-seen").eachText()).containsExactly(three.startedAt());
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
        // in collection but outside its collection period (Beijing days), nothing of the campaign is due
        java.time.LocalDate today = window.today();
        campaigns.schedule("tester", collecting, today, today.plusDays(1), today.plusDays(2), today.plusDays(3));
        assertThat(scanSchedule.due(weekAgo).stream().filter(planted::contains)).isEmpty();
        campaigns.schedule("tester", collecting, today.minusDays(3), today.minusDays(2), today, today.plusDays(1));
        assertThat(scanSchedule.due(weekAgo).stream().filter(planted::contains)).isEmpty();
        campaigns.schedule("tester", collecting, today.minusDays(2), today, today.plusDays(1), today.plusDays(2));
        assertThat(scanSchedule.due(weekAgo).stream().filter(planted::contains))
                .containsExactly(never, weekOld, failedLast);
        // out of collection, nothing of the campaign is due
        campaigns.move("tester", collecting, CampaignState.REVIEW);
        assertThat(scanSchedule.due(weekAgo).stream().filter(planted::contains)).isEmpty();
    }

    @Test
    void probesRunOnlyWhileTheCampaignCollectsWithinItsCollectionPeriod() throws Exception {
        long campaign = campaigns.create("tester", 2022, "探测窗口测试", "cstc-2020-website-local");
        long website = plantedWebsite(campaign, "probe-window");
        java.time.LocalDate today = window.today();
        // planned for tomorrow and already moved into collection: it waits for its first day
        campaigns.schedule(
                "tester", campaign, today.minusDays(1), today.plusDays(1), today.plusDays(8), today.plusDays(9));
        campaigns.move("tester", campaign, CampaignState.REGISTRATION);
        campaigns.move("tester", campaign, CampaignState.COLLECTION);
        planner.plan();
        assertThat(window.websites()).doesNotContain(website);
        assertThat(probeJobs(website)).isZero();
        assertThat(page("/campaigns/" + campaign, Role.EVALUATOR)
                        .select("p.monitoring")
                        .attr("data-status"))
                .isEqualTo("NOT_STARTED");
        // its first day: the planner gives the website its probe job, and the probes come
        campaigns.schedule("tester", campaign, today.minusDays(1), today, today.plusDays(7), today.plusDays(8));
        assertThat(window.websites()).contains(website);
        planner.plan();
        assertThat(probeJobs(website)).isOne();
        assertThat(page("/campaigns/" + campaign, Role.EVALUATOR)
                        .select("p.monitoring")
                        .attr("data-status"))
                .isEqualTo("ACTIVE");
        // probes go before any scan waiting for a thread; the scheduler only orders by priority when told to
        assertThat(jdbc.sql(
                                "select priority from scheduled_tasks where task_name = 'site-probe' and task_instance = :i")
                        .param("i", String.valueOf(website))
                        .query(Integer.class)
                        .single())
                .isEqualTo(com.github.kagkarlsson.scheduler.task.Priority.HIGH);
        assertThat(schedulerProperties.isPriorityEnabled()).isTrue();
        Await.until("a probe of the planted website", Duration.ofMinutes(1), () -> probes.count(website) >= 1);
        // moved to review: the job removes itself at its next run and no further probe is recorded
        campaigns.move("tester", campaign, CampaignState.REVIEW);
        Await.until(
                "the probe job of a campaign in review removed", Duration.ofMinutes(1), () -> probeJobs(website) == 0);
        long count = probes.count(website);
        planner.plan();
        assertThat(probeJobs(website)).isZero();
        assertThat(probes.count(website)).isEqualTo(count);
        assertThat(page("/campaigns/" + campaign, Role.EVALUATOR)
                        .select("p.monitoring")
                        .attr("data-status"))
                .isEqualTo("NOT_COLLECTING");
    }

    private long probeJobs(long website) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'site-probe' and task_instance = :i")
                .param("i", String.valueOf(website))
                .query(Long.class)
                .single();
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
        Campaigns.Website website = demoWebsite("pass");
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
        // the probes are counted for Prometheus; the watched-websites gauge reads the database
        String metrics = mvc.perform(get("/actuator/prometheus").with(user("a").roles(Role.ADMIN.name())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(metrics.lines().filter(l -> l.startsWith("goveval_probes_total{outcome=\"OPENED\"}")))
                .singleElement()
                .satisfies(l -> assertThat(Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                        .isGreaterThanOrEqualTo(4));
        assertThat(metrics.lines().filter(l -> l.startsWith("goveval_websites_watched ")))
                .containsExactly(
                        "goveval_websites_watched " + (double) window.websites().size());
        assertThat(metrics).contains("goveval_probe_latency_seconds_count", "goveval_scans_queued ");
        Document target = page("/targets/" + website.targetId(), Role.EXPERT);
        assertThat(target.select("#availability-" + website.id())).hasSize(1);
        assertThat(target.select("p.availability").text()).startsWith("探测不足以判断");
    }

    /**
     * Three targets of three kinds, one with two websites of which only the first is a portal. Should a test's
     * campaign collect, the server would probe them: loopback IP literals, which the SSRF guard refuses without
     * sending a packet.
     */
    static final String TARGETS_CSV = """
            名称,类型,行政区划代码,部门序号,排名分组,网站,门户,新媒体账号
            杭州市人民政府,CITY,330100,,sub-provincial;provincial-capital,http://127.0.0.1:9/hangzhou/;http://127.0.0.1:9/hz/,是;否,微博:杭州发布;wechat:杭州发布:hzfb
            外交部,MINISTRY,,2,ministry-component,http://127.0.0.1:9/mfa/,否,
            西湖区人民政府,区县政府,330106,,county,"http://127.0.0.1:9/xihu/",yes
            """;

    /** Their export: division-code order (a ministry has none: last), a byte-order mark, CRLF line ends. */
    static final String TARGETS_EXPORTED = "\uFEFF名称,类型,行政区划代码,部门序号,排名分组,网站,门户,新媒体账号\r\n"
            + "杭州市人民政府,CITY,330100,,sub-provincial;provincial-capital,"
            + "http://127.0.0.1:9/hangzhou/;http://127.0.0.1:9/hz/,是;否,微信:杭州发布:hzfb;微博:杭州发布\r\n"
            + "西湖区人民政府,COUNTY,330106,,county,http://127.0.0.1:9/xihu/,是,\r\n"
            + "外交部,MINISTRY,,2,ministry-component,http://127.0.0.1:9/mfa/,否,\r\n";

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
                            .collect(Collectors.joining(" "))
                    + "|"
                    + accounts.of(t.id()).stream()
                            .map(MediaAccounts.MediaAccount::describe)
                            .collect(Collectors.joining(" ")));
        }
        assertThat(stored)
                .containsExactly(
                        "杭州市人民政府|CITY|330100|null|sub-provincial,provincial-capital|"
                                + "http://127.0.0.1:9/hangzhou/ portal http://127.0.0.1:9/hz/|微信:杭州发布:hzfb 微博:杭州发布",
                        "西湖区人民政府|COUNTY|330106|null|county|http://127.0.0.1:9/xihu/ portal|",
                        "外交部|MINISTRY|null|2|ministry-component|http://127.0.0.1:9/mfa/|");
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
                        "importer website create",
                        "importer media_account create",
                        "importer media_account create");
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
                .containsExactly("目标.csv:3: 名称: “示例省人民政府”已是本评估活动的评估对象", "目标.csv:4: 行政区划代码: 999999 不是已知的行政区划代码");
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

    /** The demo campaign's website served by the farm site {@code site}. */
    private Campaigns.Website demoWebsite(String site) {
        return campaigns.demoWebsites().stream()
                .filter(w -> site.equals(w.demoSite()))
                .findFirst()
                .orElseThrow();
    }

    /** Queues a scan of the website and waits until it is done (failing at once should it fail). */
    private long scanUntilDone(long websiteId) throws Exception {
        long scan = queue.scan(websiteId, "tester");
        Await.until("scan " + scan + " done", Duration.ofMinutes(3), () -> {
            ScanState state = scans.scan(scan).orElseThrow().state();
            assertThat(state).isNotEqualTo(ScanState.FAILED);
            return state == ScanState.DONE;
        });
        return scan;
    }

    private long demoCampaign() {
        return campaigns.campaigns().stream()
                .filter(c -> c.name().equals(DEMO_CAMPAIGN))
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
        assertThat(bj.get("mediaAccounts")).isEmpty();
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

    @Test
    void aTargetsNewMediaAccountsAreKeptAuditedAndShown() throws Exception {
        long demo = demoCampaign();
        Campaigns.Target province = campaigns.targets(demo).stream()
                .filter(t -> t.name().equals("示例省人民政府"))
                .findFirst()
                .orElseThrow();
        // the demo's: platform order (WeChat before Weibo), then name
        Document page = page("/targets/" + province.id(), Role.EXPERT);
        assertThat(page.select("section.media-accounts tr").stream()
                        .skip(1)
                        .map(tr -> tr.select("td").eachText())
                        .toList())
                .containsExactly(List.of("微信", "示例省发布", "demo-province-wx"), List.of("微博", "示例省发布", "—"));
        JsonNode listed = api("/api/campaigns/" + demo + "/targets")
                .valueStream()
                .filter(t -> t.get("id").asLong() == province.id())
                .findFirst()
                .orElseThrow()
                .get("mediaAccounts");
        assertThat(listed.valueStream()
                        .map(a -> a.get("platform").asString() + "|"
                                + a.get("name").asString() + "|"
                                + (a.get("handle").isNull()
                                        ? "null"
                                        : a.get("handle").asString()))
                        .toList())
                .containsExactly("WECHAT|示例省发布|demo-province-wx", "WEIBO|示例省发布|null");
        // added and removed through the service: each audited, and crawled-looking markup stays text
        long target = campaigns.addTarget("tester", demo, "新媒体测试", "NEW_MEDIA", null, null, List.of());
        long id = accounts.add("tester", target, MediaPlatform.DOUYIN, "<b>示例</b>发布", null, null);
        assertThat(page("/targets/" + target, Role.EXPERT)
                        .select("section.media-accounts td")
                        .get(1)
                        .text())
                .isEqualTo("<b>示例</b>发布");
        // removing the target from its edit page takes its accounts with it
        mvc.perform(post("/targets/" + target + "/delete")
                        .with(user("editor").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(campaigns.target(target)).isEmpty();
        assertThat(accounts.of(target)).isEmpty();
        assertThat(jdbc.sql("select action || ':' || coalesce(before_value, '-') || ':' || coalesce(after_value, '-')"
                                + " from audit_log where entity = 'media_account' and entity_id = :id order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("create:-:抖音:<b>示例</b>发布", "delete:抖音:<b>示例</b>发布:-");
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

    // --- campaign and target editing, the refused state move, error pages, import problems in zh and en
    // (branch campaign) ---

    static final String SYSTEM = "cstc-2020-website-local";

    @Test
    void anAdminCreatesACampaignWithItsScheduleAndTheListShowsIt() throws Exception {
        Document form = page("/campaigns/new", Role.ADMIN);
        assertThat(form.select("#campaign-form select[name=systemId] option").eachAttr("value"))
                .containsExactly(
                        "cstc-2020-digital-government",
                        "cstc-2020-new-media",
                        "cstc-2020-website-local",
                        "cstc-2020-website-ministry");
        assertThat(form.select("#campaign-form input[name=_csrf]")).hasSize(1);
        long lastAudit = lastAuditId();
        String location = adminPost(
                        "/campaigns",
                        "campaignYear",
                        "2022",
                        "name",
                        "2022年表单测试",
                        "systemId",
                        SYSTEM,
                        "registrationFrom",
                        "2022-03-01",
                        "collectionFrom",
                        "2022-04-01",
                        "reviewFrom",
                        "",
                        "publicationOn",
                        "2022-04-01")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/campaigns/".length()));
        assertThat(campaigns.campaign(id).orElseThrow())
                .isEqualTo(new Campaigns.Campaign(
                        id,
                        2022,
                        "2022年表单测试",
                        SYSTEM,
                        CampaignState.DRAFT,
                        java.time.LocalDate.of(2022, 3, 1),
                        java.time.LocalDate.of(2022, 4, 1),
                        null,
                        java.time.LocalDate.of(2022, 4, 1)));
        assertThat(page("/campaigns", Role.EVALUATOR).select("main table a").eachText())
                .contains("2022年表单测试");
        assertThat(auditSince(lastAudit))
                .containsExactly("editor campaign " + id + " create null -> {\"campaignYear\":2022,"
                        + "\"name\":\"2022年表单测试\",\"systemId\":\"cstc-2020-website-local\",\"state\":\"DRAFT\","
                        + "\"registrationFrom\":\"2022-03-01\",\"collectionFrom\":\"2022-04-01\",\"reviewFrom\":null,"
                        + "\"publicationOn\":\"2022-04-01\"}");
    }

    @Test
    void aCampaignFormWithProblemsNamesEachFieldAndWritesNothing() throws Exception {
        long count = campaigns.count();
        long lastAudit = lastAuditId();
        String[] bad = {
            "campaignYear", "1999",
            "name", "  ",
            "systemId", "no-such-system",
            "registrationFrom", "2022-04-01",
            "collectionFrom", "2022-03-01",
            "reviewFrom", "2022-02-30",
            "publicationOn", "2022-01-15"
        };
        Document page = Jsoup.parse(adminPost("/campaigns", bad)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(fieldErrors(page))
                .containsExactly(
                        "campaignYear: 请填写 2000 至 2099 之间的年度",
                        "name: 必填",
                        "systemId: 请选择已载入的指标体系",
                        "collectionFrom: 不能早于报名开始日期（2022-04-01）",
                        "reviewFrom: “2022-02-30”不是日期（格式：2021-05-01）",
                        "publicationOn: 不能早于报名开始日期（2022-04-01）");
        // what was typed is shown again
        assertThat(page.select("#campaign-form input[name=collectionFrom]").attr("value"))
                .isEqualTo("2022-03-01");
        assertThat(page.select("#campaign-form input[name=campaignYear]").attr("value"))
                .isEqualTo("1999");
        Document english = Jsoup.parse(mvc.perform(post("/campaigns")
                        .params(params(bad))
                        .header("Accept-Language", "en")
                        .with(user("editor").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(fieldErrors(english))
                .containsExactly(
                        "campaignYear: a year from 2000 to 2099",
                        "name: required",
                        "systemId: choose one of the loaded indicator systems",
                        "collectionFrom: must not be before Registration from (2022-04-01)",
                        "reviewFrom: '2022-02-30' is not a date (2021-05-01)",
                        "publicationOn: must not be before Registration from (2022-04-01)");
        assertThat(campaigns.count()).isEqualTo(count);
        assertThat(lastAuditId()).isEqualTo(lastAudit);
    }

    @Test
    void aYearAndNameTakenIsAFieldErrorAndAnEditIsAuditedBeforeAndAfter() throws Exception {
        long count = campaigns.count();
        long lastAudit = lastAuditId();
        Document taken =
                Jsoup.parse(adminPost("/campaigns", "campaignYear", "2020", "name", DEMO_CAMPAIGN, "systemId", SYSTEM)
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(fieldErrors(taken)).containsExactly("name: 该年度已有同名的评估活动");
        assertThat(campaigns.count()).isEqualTo(count);
        assertThat(lastAuditId()).isEqualTo(lastAudit);

        long first = campaigns.create("tester", 2023, "编辑测试甲", SYSTEM);
        long second = campaigns.create("tester", 2023, "编辑测试乙", SYSTEM);
        Campaigns.Campaign before = campaigns.campaign(second).orElseThrow();
        Document edit = page("/campaigns/" + second + "/edit", Role.ADMIN);
        assertThat(edit.select("#campaign-form").attr("action")).isEqualTo("/campaigns/" + second);
        assertThat(edit.select("#campaign-form input[name=name]").attr("value")).isEqualTo("编辑测试乙");
        assertThat(edit.select("#campaign-form select[name=systemId] option[selected]")
                        .attr("value"))
                .isEqualTo(SYSTEM);
        lastAudit = lastAuditId();
        Document clash = Jsoup.parse(
                adminPost("/campaigns/" + second, "campaignYear", "2023", "name", "编辑测试甲", "systemId", SYSTEM)
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(fieldErrors(clash)).containsExactly("name: 该年度已有同名的评估活动");
        assertThat(campaigns.campaign(second).orElseThrow()).isEqualTo(before);
        assertThat(lastAuditId()).isEqualTo(lastAudit);

        adminPost(
                        "/campaigns/" + second,
                        "campaignYear",
                        "2024",
                        "name",
                        "编辑测试甲",
                        "systemId",
                        "cstc-2020-website-ministry",
                        "reviewFrom",
                        "2024-06-01")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + second));
        assertThat(auditSince(lastAudit))
                .containsExactly("editor campaign " + second + " update {\"campaignYear\":2023,\"name\":\"编辑测试乙\","
                        + "\"systemId\":\"cstc-2020-website-local\",\"state\":\"DRAFT\",\"registrationFrom\":null,"
                        + "\"collectionFrom\":null,\"reviewFrom\":null,\"publicationOn\":null} -> {\"campaignYear\":2024,"
                        + "\"name\":\"编辑测试甲\",\"systemId\":\"cstc-2020-website-ministry\",\"state\":\"DRAFT\","
                        + "\"registrationFrom\":null,\"collectionFrom\":null,\"reviewFrom\":\"2024-06-01\","
                        + "\"publicationOn\":null}");
        // out of DRAFT, the indicator system stays what the targets were registered for
        campaigns.move("tester", first, CampaignState.REGISTRATION);
        lastAudit = lastAuditId();
        Document fixed = Jsoup.parse(adminPost(
                        "/campaigns/" + first,
                        "campaignYear",
                        "2023",
                        "name",
                        "编辑测试甲",
                        "systemId",
                        "cstc-2020-new-media")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(fieldErrors(fixed)).containsExactly("systemId: 评估活动离开草稿阶段后不能更换指标体系");
        assertThat(campaigns.campaign(first).orElseThrow().systemId()).isEqualTo(SYSTEM);
        assertThat(lastAuditId()).isEqualTo(lastAudit);
    }

    @Test
    void onlyAnAdminCreatesOrEditsCampaignsAndTargets() throws Exception {
        long campaign = campaigns.create("tester", 2021, "编辑权限测试", SYSTEM);
        long target = campaigns.addTarget("tester", campaign, "权限测试对象", "MINISTRY", null, 3, List.of());
        campaigns.addWebsite("tester", target, "http://127.0.0.1:9/perm/", false, null);
        long count = campaigns.count();
        long lastAudit = lastAuditId();
        List<String> forms = List.of(
                "/campaigns/new",
                "/campaigns/" + campaign + "/edit",
                "/campaigns/" + campaign + "/targets/new",
                "/targets/" + target + "/edit");
        List<String> posts = List.of(
                "/campaigns",
                "/campaigns/" + campaign,
                "/campaigns/" + campaign + "/targets",
                "/targets/" + target,
                "/targets/" + target + "/delete");
        for (Role role : List.of(Role.EVALUATOR, Role.EXPERT, Role.UNIT)) {
            for (String path : forms) {
                mvc.perform(get(path).with(user("x").roles(role.name()))).andExpect(status().isForbidden());
            }
            for (String path : posts) {
                mvc.perform(post(path)
                                .param("campaignYear", "2021")
                                .param("name", "越权")
                                .param("systemId", SYSTEM)
                                .param("kind", "MINISTRY")
                                .param("urls", "http://127.0.0.1:9/x/", "")
                                .with(user("x").roles(role.name()))
                                .with(csrf()))
                        .andExpect(status().isForbidden());
            }
        }
        for (String path : posts) { // an admin's form post without the CSRF token is refused too
            mvc.perform(post(path).param("name", "越权").with(user("editor").roles(Role.ADMIN.name())))
                    .andExpect(status().isForbidden());
        }
        assertThat(campaigns.count()).isEqualTo(count);
        assertThat(campaigns.targets(campaign))
                .extracting(Campaigns.Target::name)
                .containsExactly("权限测试对象");
        assertThat(lastAuditId()).isEqualTo(lastAudit);
        // the links to the forms are on the pages for admins only
        assertThat(page("/campaigns", Role.ADMIN).select("#new-campaign").attr("href"))
                .isEqualTo("/campaigns/new");
        assertThat(page("/campaigns/" + campaign, Role.ADMIN)
                        .select("#edit-campaign, #new-target")
                        .eachAttr("href"))
                .containsExactly("/campaigns/" + campaign + "/edit", "/campaigns/" + campaign + "/targets/new");
        assertThat(page("/targets/" + target, Role.ADMIN).select("#edit-target").attr("href"))
                .isEqualTo("/targets/" + target + "/edit");
        assertThat(page("/campaigns", Role.EVALUATOR).select("#new-campaign")).isEmpty();
        assertThat(page("/campaigns/" + campaign, Role.EVALUATOR).select("#edit-campaign, #new-target"))
                .isEmpty();
        assertThat(page("/targets/" + target, Role.EVALUATOR).select("#edit-target"))
                .isEmpty();
    }

    @Test
    void anAdminAddsEditsAndRemovesATargetAndEachChangeIsAuditedBeforeAndAfter() throws Exception {
        long campaign = campaigns.create("tester", 2021, "对象编辑测试", SYSTEM);
        Document blank = page("/campaigns/" + campaign + "/targets/new", Role.ADMIN);
        assertThat(blank.select("#target-form select[name=kind] option").eachAttr("value"))
                .containsExactly("PROVINCE", "CITY", "COUNTY", "DEPARTMENT", "MINISTRY", "ZONE", "NEW_MEDIA");
        assertThat(blank.select("#target-form select[name=kind] option").eachText())
                .startsWith("省级政府 · PROVINCE", "地市政府 · CITY");
        assertThat(blank.select("#target-form input[name=rankingGroups]").eachAttr("value"))
                .containsExactlyElementsOf(org.goveval.evaluation.ranking.RankingGroups.all().stream()
                        .map(org.goveval.evaluation.ranking.RankingGroup::id)
                        .toList());
        assertThat(blank.select("#target-form input[name=urls]")).hasSize(2);

        long lastAudit = lastAuditId();
        String location = adminPost(
                        "/campaigns/" + campaign + "/targets",
                        "name",
                        "杭州市人民政府",
                        "kind",
                        "CITY",
                        "divisionCode",
                        "330100",
                        "officialOrder",
                        "",
                        "rankingGroups",
                        "sub-provincial",
                        "rankingGroups",
                        "provincial-capital",
                        "urls",
                        "http://127.0.0.1:9/hz/",
                        "urls",
                        "http://127.0.0.1:9/hz2/",
                        "urls",
                        "",
                        "portal",
                        "0")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long target = Long.parseLong(location.substring("/targets/".length()));
        assertThat(campaigns.target(target).orElseThrow())
                .isEqualTo(new Campaigns.Target(
                        target, campaign, "杭州市人民政府", "CITY", "330100", null, "sub-provincial,provincial-capital"));
        List<Campaigns.Website> sites = campaigns.websites(target);
        assertThat(sites)
                .extracting(w -> w.url() + " " + w.portal())
                .containsExactly("http://127.0.0.1:9/hz/ true", "http://127.0.0.1:9/hz2/ false");
        long hz = sites.get(0).id();
        long hz2 = sites.get(1).id();
        assertThat(auditSince(lastAudit))
                .containsExactly(
                        "editor target " + target + " create null -> 杭州市人民政府 [CITY] in campaign " + campaign,
                        "editor website " + hz + " create null -> http://127.0.0.1:9/hz/",
                        "editor website " + hz2 + " create null -> http://127.0.0.1:9/hz2/");

        Document edit = page("/targets/" + target + "/edit", Role.ADMIN);
        assertThat(edit.select("#target-form input[name=urls]").eachAttr("value"))
                .containsExactly("http://127.0.0.1:9/hz/", "http://127.0.0.1:9/hz2/", "", "");
        assertThat(edit.select("#target-form input[name=portal][checked]").eachAttr("value"))
                .containsExactly("0");
        assertThat(edit.select("#target-form input[name=rankingGroups][checked]")
                        .eachAttr("value"))
                .containsExactly("sub-provincial", "provincial-capital");

        // the import's rules and messages, each on its field; nothing written
        lastAudit = lastAuditId();
        Document bad = Jsoup.parse(adminPost(
                        "/targets/" + target,
                        "name",
                        "=杭州",
                        "kind",
                        "COUNTY",
                        "divisionCode",
                        "999999",
                        "officialOrder",
                        "0",
                        "urls",
                        "ftp://127.0.0.1:9/hz/",
                        "urls",
                        "")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(fieldErrors(bad))
                .containsExactly(
                        "name: “=杭州”以 =、+、- 或 @ 开头，电子表格会把它当作公式执行",
                        "divisionCode: 999999 不是已知的行政区划代码",
                        "officialOrder: “0”不是大于或等于 1 的整数",
                        "urls: “ftp://127.0.0.1:9/hz/”不是完整的 http 或 https 网址");
        assertThat(campaigns.websites(target)).isEqualTo(sites);
        assertThat(lastAuditId()).isEqualTo(lastAudit);

        adminPost(
                        "/targets/" + target,
                        "name",
                        "杭州市政府",
                        "kind",
                        "CITY",
                        "divisionCode",
                        "330100",
                        "rankingGroups",
                        "provincial-capital",
                        "urls",
                        "http://127.0.0.1:9/hz/",
                        "urls",
                        "",
                        "urls",
                        "http://127.0.0.1:9/hz3/",
                        "urls",
                        "",
                        "portal",
                        "2")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/targets/" + target));
        List<Campaigns.Website> edited = campaigns.websites(target);
        assertThat(edited)
                .extracting(w -> w.url() + " " + w.portal())
                .containsExactly("http://127.0.0.1:9/hz/ false", "http://127.0.0.1:9/hz3/ true");
        assertThat(edited.get(0).id()).isEqualTo(hz); // a kept URL keeps its website and its history
        long hz3 = edited.get(1).id();
        List<String> changes = auditSince(lastAudit);
        assertThat(changes).hasSize(4);
        // the probes of the dropped website went with it; how many the scheduler made by now varies
        assertThat(changes.get(0))
                .matches(
                        "editor website " + hz2
                                + " delete http://127\\.0\\.0\\.1:9/hz2/ \\(probes: \\d+, home-page snapshots: \\d+\\) -> null");
        assertThat(changes.subList(1, 4))
                .containsExactly(
                        "editor website " + hz + " update http://127.0.0.1:9/hz/ portal=true"
                                + " -> http://127.0.0.1:9/hz/ portal=false",
                        "editor website " + hz3 + " create null -> http://127.0.0.1:9/hz3/",
                        "editor target " + target + " update {\"campaignId\":" + campaign
                                + ",\"name\":\"杭州市人民政府\",\"kind\":\"CITY\",\"divisionCode\":\"330100\","
                                + "\"officialOrder\":null,\"rankingGroups\":[\"sub-provincial\",\"provincial-capital\"],"
                                + "\"websites\":[{\"url\":\"http://127.0.0.1:9/hz/\",\"portal\":true},"
                                + "{\"url\":\"http://127.0.0.1:9/hz2/\",\"portal\":false}]} -> {\"campaignId\":"
                                + campaign
                                + ",\"name\":\"杭州市政府\",\"kind\":\"CITY\",\"divisionCode\":\"330100\","
                                + "\"officialOrder\":null,\"rankingGroups\":[\"provincial-capital\"],"
                                + "\"websites\":[{\"url\":\"http://127.0.0.1:9/hz/\",\"portal\":false},"
                                + "{\"url\":\"http://127.0.0.1:9/hz3/\",\"portal\":true}]}");
        assertThat(campaigns.website(hz2)).isEmpty();
        assertThat(jdbc.sql("select count(*) from probe where website_id = :w")
                        .param("w", hz2)
                        .query(Long.class)
                        .single())
                .isZero();

        // a scanned website is evidence: the target cannot be removed, nor the website dropped
        scans.queue(hz3, "tester");
        lastAudit = lastAuditId();
        Document refused = Jsoup.parse(mvc.perform(post("/targets/" + target + "/delete")
                        .with(user("editor").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#refused").text())
                .isEqualTo("“杭州市政府”的网站 http://127.0.0.1:9/hz3/ 已有检测记录，检测记录是评估的证据，因此不能删除该评估对象，未做任何更改。");
        Document dropScanned = Jsoup.parse(adminPost(
                        "/targets/" + target,
                        "name",
                        "杭州市政府",
                        "kind",
                        "CITY",
                        "divisionCode",
                        "330100",
                        "urls",
                        "http://127.0.0.1:9/hz/",
                        "urls",
                        "")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(fieldErrors(dropScanned)).containsExactly("urls: 网站 http://127.0.0.1:9/hz3/ 已有检测记录，不能删除：检测记录是评估的证据");
        assertThat(campaigns.websites(target)).isEqualTo(edited);
        assertThat(campaigns.target(target).orElseThrow().name()).isEqualTo("杭州市政府");
        assertThat(lastAuditId()).isEqualTo(lastAudit);

        // a target never scanned goes, with its websites
        long ministry = campaigns.addTarget("tester", campaign, "外交部", "MINISTRY", null, 2, List.of());
        long mfa = campaigns.addWebsite("tester", ministry, "http://127.0.0.1:9/mfa/", true, null);
        lastAudit = lastAuditId();
        mvc.perform(post("/targets/" + ministry + "/delete")
                        .with(user("editor").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/campaigns/" + campaign));
        assertThat(campaigns.target(ministry)).isEmpty();
        assertThat(campaigns.website(mfa)).isEmpty();
        List<String> removal = auditSince(lastAudit);
        assertThat(removal).hasSize(2);
        assertThat(removal.get(0))
                .matches(
                        "editor website " + mfa
                                + " delete http://127\\.0\\.0\\.1:9/mfa/ \\(probes: \\d+, home-page snapshots: \\d+\\) -> null");
        assertThat(removal.get(1))
                .isEqualTo("editor target " + ministry + " delete {\"campaignId\":" + campaign + ",\"name\":\"外交部\","
                        + "\"kind\":\"MINISTRY\",\"divisionCode\":null,\"officialOrder\":2,\"rankingGroups\":[],"
                        + "\"websites\":[{\"url\":\"http://127.0.0.1:9/mfa/\",\"portal\":true}]} -> null");
        assertThat(campaigns.targets(campaign))
                .extracting(Campaigns.Target::name)
                .containsExactly("杭州市政府");
    }

    @Test
    void aTargetNameTakenInTheCampaignIsAFieldErrorAndTheDatabaseRefusesItToo() throws Exception {
        long campaign = campaigns.create("tester", 2021, "对象重名测试", SYSTEM);
        long xihu = campaigns.addTarget("tester", campaign, "西湖区人民政府", "COUNTY", "330106", null, List.of());
        long other = campaigns.addTarget("tester", campaign, "上城区人民政府", "COUNTY", "330102", null, List.of());
        campaigns.addWebsite("tester", other, "http://127.0.0.1:9/sc/", true, null);
        Campaigns.Target before = campaigns.target(other).orElseThrow();
        long lastAudit = lastAuditId();
        String[] duplicate = {
            "name", "西湖区人民政府", "kind", "COUNTY", "divisionCode", "330106", "urls", "http://127.0.0.1:9/xh/", "urls", ""
        };
        for (String path : List.of("/campaigns/" + campaign + "/targets", "/targets/" + other)) {
            Document page = Jsoup.parse(adminPost(path, duplicate)
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            assertThat(fieldErrors(page)).as(path).containsExactly("name: “西湖区人民政府”已是本评估活动的评估对象");
        }
        assertThat(campaigns.targets(campaign)).extracting(Campaigns.Target::id).containsExactly(other, xihu);
        assertThat(campaigns.target(other).orElseThrow()).isEqualTo(before);
        assertThat(lastAuditId()).isEqualTo(lastAudit);
        // the dashboard lists a target without a website too, on a row of its own
        assertThat(page("/campaigns/" + campaign, Role.EVALUATOR).select("#targets tr:has(td)").stream()
                        .map(tr -> tr.select("td").get(0).text() + "|"
                                + tr.select("td").get(2).text())
                        .toList())
                .containsExactly("上城区人民政府|http://127.0.0.1:9/sc/", "西湖区人民政府|");
        // a target keeps its own name when edited
        adminPost(
                        "/targets/" + xihu,
                        "name",
                        "西湖区人民政府",
                        "kind",
                        "COUNTY",
                        "divisionCode",
                        "330106",
                        "urls",
                        "http://127.0.0.1:9/xh/")
                .andExpect(status().is3xxRedirection());
        // V5: the constraint target_campaign_name backs the checks up
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> campaigns.addTarget("tester", campaign, "西湖区人民政府", "COUNTY", "330106", null, List.of()))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        // another campaign may have a target of the same name
        long elsewhere = campaigns.create("tester", 2021, "对象重名测试（另一个）", SYSTEM);
        campaigns.addTarget("tester", elsewhere, "西湖区人民政府", "COUNTY", "330106", null, List.of());
        assertThat(campaigns.targets(elsewhere)).hasSize(1);
    }

    @Test
    void aRefusedStateMoveAnswers409WithAPageNamingTheStatesInZhAndEn() throws Exception {
        long id = campaigns.create("tester", 2021, "状态拒绝测试", SYSTEM);
        long lastAudit = lastAuditId();
        String html = mvc.perform(post("/campaigns/" + id + "/state")
                        .param("to", "REVIEW")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("不能进入该阶段");
        assertThat(page.select("#refused").text()).isEqualTo("评估活动“状态拒绝测试”现处于“草稿”阶段，不能进入“复核”阶段，未做任何更改。");
        assertThat(page.select("#allowed span").eachText()).containsExactly("现在可以进入：", "报名");
        assertThat(page.select("main a").attr("href")).isEqualTo("/campaigns/" + id);
        assertThat(html).doesNotContain("Whitelabel");
        Document english = Jsoup.parse(mvc.perform(post("/campaigns/" + id + "/state")
                        .param("to", "PUBLISHED")
                        .header("Accept-Language", "en")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.select("#refused").text())
                .isEqualTo("The campaign '状态拒绝测试' is in Draft and cannot move to Published; nothing was changed.");
        assertThat(english.select("#allowed span").eachText()).containsExactly("It may move to:", "Registration");
        assertThat(campaigns.campaign(id).orElseThrow().state()).isEqualTo(CampaignState.DRAFT);
        assertThat(lastAuditId()).isEqualTo(lastAudit);
        mvc.perform(post("/campaigns/999999/state")
                        .param("to", "REVIEW")
                        .with(user("boss").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void errorPagesUseTheLayoutAndNeverShowTheExceptionOrTheWhitelabelPage() throws Exception {
        record Case(int status, String title, String english) {}
        for (Case c : List.of(
                new Case(403, "没有权限访问此页面", "You may not open this page"),
                new Case(404, "找不到此页面", "Page not found"),
                new Case(409, "请求与当前状态冲突", "The request conflicts with the current state"),
                new Case(500, "服务器内部错误，请稍后再试", "Internal server error; please try again later"),
                new Case(418, "出错了（418）", "Error (418)"))) {
            for (String language : List.of("zh-CN", "en")) {
                String html = mvc.perform(get("/error")
                                .accept(org.springframework.http.MediaType.TEXT_HTML)
                                .header("Accept-Language", language)
                                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, c.status())
                                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                                .requestAttr(
                                        jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                                        new IllegalStateException("secret-detail-of-the-failure")))
                        .andExpect(status().is(c.status()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                Document page = Jsoup.parse(html);
                assertThat(page.select("#error-title").text())
                        .as(c.status() + " " + language)
                        .isEqualTo(language.equals("en") ? c.english() : c.title());
                assertThat(page.select("nav.top a.brand").text()).isEqualTo("goveval");
                assertThat(html)
                        .doesNotContain("Whitelabel")
                        .doesNotContain("secret-detail-of-the-failure")
                        .doesNotContain("IllegalStateException")
                        .doesNotContain("at org.");
            }
        }
    }

    @Test
    void importProblemsReadInEnglishForAnEnglishBrowser() throws Exception {
        long campaign = campaigns.create("tester", 2021, "导入英文测试", SYSTEM);
        String csv = """
                name,kind,division code,websites
                Hangzhou,CITY,330000,http://127.0.0.1:9/hz/
                """;
        String html = mvc.perform(multipart("/campaigns/" + campaign + "/targets/import")
                        .file(new MockMultipartFile("file", "t.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", "en")
                        .with(user("importer").roles(Role.ADMIN.name()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#problems li").eachText())
                .containsExactly("t.csv:2: division code: 330000 is 浙江省, a province-level division;"
                        + " a CITY target needs a prefecture-level one");
        assertThat(campaigns.targets(campaign)).isEmpty();
    }

    @Test
    void theTargetFormEditsNewMediaAccountsAsTheImportColumnDoes() throws Exception {
        long campaign = campaigns.create("tester", 2021, "新媒体表单测试", "cstc-2020-website-local");
        String location = adminPost(
                        "/campaigns/" + campaign + "/targets",
                        "name",
                        "浙江发布",
                        "kind",
                        "NEW_MEDIA",
                        "accounts",
                        "微信:浙江发布:zjfb\n\n  微博:浙江发布  \n")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long target = Long.parseLong(location.substring("/targets/".length()));
        assertThat(accounts.of(target))
                .extracting(MediaAccounts.MediaAccount::describe)
                .containsExactly("微信:浙江发布:zjfb", "微博:浙江发布");
        // the edit page shows them one per line, as they are typed
        assertThat(page("/targets/" + target + "/edit", Role.ADMIN)
                        .select("#target-form textarea[name=accounts]")
                        .val())
                .isEqualTo("微信:浙江发布:zjfb\n微博:浙江发布");
        // an unknown platform is a field error and nothing changes
        String refused = adminPost("/targets/" + target, "name", "浙江发布", "kind", "NEW_MEDIA", "accounts", "视频号:浙江发布")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fieldErrors(Jsoup.parse(refused)))
                .singleElement()
                .asString()
                .startsWith("accounts: “视频号”不是已知的新媒体平台");
        assertThat(accounts.of(target)).hasSize(2);
        // kept accounts stay (no audit row), a dropped one goes, a new one comes
        long lastAudit = lastAuditId();
        adminPost("/targets/" + target, "name", "浙江发布", "kind", "NEW_MEDIA", "accounts", "微信:浙江发布:zjfb\n抖音:浙江发布")
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.of(target))
                .extracting(MediaAccounts.MediaAccount::describe)
                .containsExactly("微信:浙江发布:zjfb", "抖音:浙江发布");
        assertThat(auditSince(lastAudit))
                .extracting(row -> row.replaceFirst(" \\d+ ", " N "))
                .containsExactly(
                        "editor media_account N delete 微博:浙江发布 -> null",
                        "editor media_account N create null -> 抖音:浙江发布");
    }

    private long lastAuditId() {
        return audit.latest(1).get(0).id();
    }

    /** The audit rows written after {@code afterId}, oldest first: actor entity id action before -> after. */
    private List<String> auditSince(long afterId) {
        List<String> rows = new ArrayList<>(audit.latest(1000).stream()
                .filter(e -> e.id() > afterId)
                .map(e -> e.actor() + " " + e.entity() + " " + e.entityId() + " " + e.action() + " " + e.beforeValue()
                        + " -> " + e.afterValue())
                .toList());
        java.util.Collections.reverse(rows);
        return rows;
    }

    /** A form's field errors in page order, each as {@code field: message}. */
    private static List<String> fieldErrors(Document page) {
        return page.select("p.field-error").stream()
                .map(p -> p.attr("data-field") + ": " + p.text())
                .toList();
    }

    private static org.springframework.util.MultiValueMap<String, String> params(String... pairs) {
        org.springframework.util.LinkedMultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private ResultActions adminPost(String path, String... pairs) throws Exception {
        return mvc.perform(post(path)
                .params(params(pairs))
                .with(user("editor").roles(Role.ADMIN.name()))
                .with(csrf()));
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
        Campaigns.Website website = demoWebsite("fail");
        assertThat(website.url()).isEqualTo(fail.homepage().toString());
        long scan = scanUntilDone(website.id());
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
        // the verdict's vetoes as the farm planted them, each with its evidence; the five marks as read
        assertThat(target.select("ul.vetoes li").eachAttr("data-indicator"))
                .containsExactlyElementsOf(fail.manifest().content().govCheck().vetoes());
        assertThat(target.select("ul.vetoes li").eachAttr("data-indicator"))
                .containsExactlyElementsOf(report.govCheck().vetoes().stream()
                        .map(org.goveval.monitor.content.govcheck.Veto::indicator)
                        .toList());
        assertThat(target.select("table.deductions")).isEmpty(); // a veto fails the site: nothing is scored
        assertThat(target.select("table.marks tr").eachAttr("data-mark"))
                .containsExactly("siteCode", "icp", "publicSecurityRecord", "conacBadge", "sponsor");
        org.goveval.sitefarm.manifest.MarksTruth marks =
                fail.manifest().content().marks();
        assertThat(target.select("table.marks td").eachText())
                .containsExactly(
                        java.util.Objects.requireNonNullElse(marks.siteCode(), "未发现"),
                        java.util.Objects.requireNonNullElse(marks.icp(), "未发现"),
                        java.util.Objects.requireNonNullElse(marks.publicSecurityRecord(), "未发现"),
                        java.util.Objects.requireNonNullElse(marks.conacBadge(), "未发现"),
                        java.util.Objects.requireNonNullElse(marks.sponsor(), "未发现"));
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
