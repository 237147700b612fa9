package org.goveval.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.server.audit.AuditLog;
import org.goveval.server.campaign.CampaignState;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.demo.DemoFarm;
import org.goveval.server.monitoring.Probes;
import org.goveval.server.monitoring.ScanJobs;
import org.goveval.server.monitoring.ScanState;
import org.goveval.server.monitoring.Scans;
import org.goveval.server.security.InitialAdmin;
import org.goveval.server.security.Role;
import org.goveval.server.security.UserAccounts;
import org.goveval.sitefarm.FarmSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
        // other tests of this context add campaigns of their own, in an order JUnit does not promise
        assertThat(list.select("main table a").eachText())
                .containsExactlyElementsOf(campaigns.campaigns().stream()
                        .map(Campaigns.Campaign::name)
                        .toList())
                .contains(DEMO_CAMPAIGN);
        long id = campaigns.campaigns().stream()
                .filter(c -> c.name().equals(DEMO_CAMPAIGN))
                .findFirst()
                .orElseThrow()
                .id();
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
        Document target = page("/targets/" + website.targetId(), Role.EVALUATOR);
        assertThat(target.select("table.broken td code").eachText())
                .containsExactlyElementsOf(gbk.manifest().brokenLinks().stream()
                        .map(l -> l.url().toString())
                        .toList());
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
        Document target = page("/targets/" + website.targetId(), Role.EXPERT);
        assertThat(target.select("#availability-" + website.id())).hasSize(1);
        assertThat(target.select("p.availability").text()).startsWith("探测不足以判断");
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
}
