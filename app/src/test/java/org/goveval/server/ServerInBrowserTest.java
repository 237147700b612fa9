package org.goveval.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.goveval.evaluation.published.PublishedResults;
import org.goveval.evaluation.published.PublishedTable;
import org.goveval.evaluation.ranking.Tiers;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.system.IndicatorSystem;
import org.goveval.evaluation.system.IndicatorSystems;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.columns.ColumnCategory;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.monitor.report.BrokenLinkFinding;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.demo.DemoFarm;
import org.goveval.server.monitoring.Probes;
import org.goveval.server.monitoring.ScanJobs;
import org.goveval.server.monitoring.ScanState;
import org.goveval.server.monitoring.Scans;
import org.goveval.server.security.InitialAdmin;
import org.goveval.sitefarm.FarmSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages as a person sees them: the real server (H2 in a fresh directory, the demo on) on a random port and
 * headless Chromium ({@link Chromium}) running the pages' own scripts (htmx, ECharts). Probes are off so
 * that the availability chart shows exactly the probes a test plants. Waits are bounded; the bounds only stop a
 * hung test.
 */
@SpringBootTest(
        classes = GovevalServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "goveval.probes.enabled=false")
// the first sign-in replaces the printed password, so the test that signs in with it runs first
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerInBrowserTest {
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final Duration SCANS = Duration.ofMinutes(5);
    private static final String ADMIN_PASSWORD = "浏览器测试的管理员密码";

    /** Whether the admin has replaced the printed one-time password with {@link #ADMIN_PASSWORD}. */
    private static boolean passwordChanged;

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    InitialAdmin admin;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Scans scans;

    @Autowired
    ScanJobs.Queue queue;

    @Autowired
    Probes probes;

    @Autowired
    DemoFarm farm;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        try {
            String data = Files.createTempDirectory("goveval-browser").toString();
            registry.add("goveval.data", () -> data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser().get(url("/"));
        browser().manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void theFirstAdminSignsInWithTheOneTimePasswordAndMustChooseANewOneFirst() {
        WebDriver browser = browser();
        browser.get(url("/campaigns"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
        submitLogin(InitialAdmin.USERNAME, admin.password().orElseThrow() + "x");
        waitFor("the login error", PAGE, () -> browser.getCurrentUrl().equals(url("/login?error")));
        assertThat(browser.findElements(By.cssSelector("nav.top form"))).isEmpty(); // no logout: not signed in
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).isEqualTo("用户名或密码错误。");

        submitLogin(InitialAdmin.USERNAME, admin.password().orElseThrow());
        // the one-time password leads to the password page, and other pages lead back to it until changed
        waitFor("the password page", PAGE, () -> isAt("/account/password"));
        assertThat(browser.findElement(By.id("must-change")).getText()).startsWith("首次登录");
        assertThat(browser.findElement(By.cssSelector("nav.top")).getText()).contains(InitialAdmin.USERNAME);
        browser.get(url("/campaigns"));
        waitFor("the password page again", PAGE, () -> isAt("/account/password"));
        submitNewPassword(admin.password().orElseThrow(), "too-short", "too-short!");
        waitFor(
                "the rule's message",
                PAGE,
                () -> !browser.findElements(By.cssSelector("#problems li")).isEmpty());
        assertThat(texts("#problems li")).containsExactly("两次输入的新密码不一致。", "新密码至少需要 10 个字符。");
        changeAdminPassword();
        browser.get(url("/campaigns"));
        waitFor("the campaign list", PAGE, () -> isAt("/campaigns"));
        assertThat(texts("main table a")).contains(ServerContract.DEMO_CAMPAIGN);
        assertThat(texts("nav.top a")).contains("用户", "修改密码"); // the admin's links
    }

    @Test
    void scanningEveryWebsiteIsFollowedOnTheDashboardUntilDoneWithoutAReload() {
        signIn();
        long campaign = demoCampaign();
        WebDriver browser = browser();
        browser.get(url("/campaigns/" + campaign));
        assertThat(column(0)).containsExactly("示例省人民政府", "示例市人民政府", "示例市发展和改革委员会", "示例区人民政府", "示例县人民政府");

        js("window.beforeScan = true");
        browser.findElement(By.xpath("//main//button[text()='检测全部网站']")).click();
        waitFor("the dashboard after the scan request", PAGE, () ->
                (Boolean) js("return window.beforeScan === undefined"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/campaigns/" + campaign));
        assertThat(column(3)).hasSize(5).allSatisfy(state -> assertThat(state).isIn("排队中", "检测中"));
        js("window.sameDocument = true"); // a reload would drop it: only htmx may change the table

        waitFor("every scan 已完成 on the dashboard", SCANS, () -> {
            assertThat(column(3)).doesNotContain("失败");
            return column(3).stream().allMatch("已完成"::equals);
        });
        assertThat((Boolean) js("return window.sameDocument === true")).isTrue();
        // each row shows its website's finished scan: the broken links its farm site planted
        List<List<String>> rows = rows("#targets tr:has(td)");
        assertThat(rows).hasSize(5);
        for (List<String> row : rows) {
            Campaigns.Website website = demoWebsite(w -> w.url().equals(row.get(2)));
            Scans.Scan scan = scans.latest(website.id()).orElseThrow();
            assertThat(scan.state()).isEqualTo(ScanState.DONE);
            FarmSite site = farm.farm().orElseThrow().site(website.demoSite());
            assertThat(row.get(5))
                    .as(site.name())
                    .isEqualTo(String.valueOf(site.manifest().brokenLinks().size()));
            assertThat(row.get(4)).as(site.name()).isEqualTo(String.valueOf(scan.pagesCrawled()));
            assertThat(row.get(6)).as(site.name()).isEqualTo(scan.verdict());
        }
    }

    @Test
    void aTargetPageShowsItsBrokenLinksAndChartsItsProbesWithECharts() throws Exception {
        Campaigns.Website website = demoWebsite(w -> "gbk".equals(w.demoSite()));
        FarmSite gbk = farm.farm().orElseThrow().site("gbk");
        long scan = queue.scan(website.id(), "browser-test");
        Await.until("scan " + scan + " done", SCANS, () -> {
            assertThat(scans.scan(scan).orElseThrow().state()).isNotEqualTo(ScanState.FAILED);
            return scans.scan(scan).orElseThrow().state() == ScanState.DONE;
        });
        URI home = URI.create(website.url());
        Instant now = clock.instant(); // the server's clock: the chart shows its last seven days
        long[] opened = {120, 80, 95};
        for (int i = 0; i < opened.length; i++) {
            probes.record(
                    website.id(),
                    new ProbeResult(home, now.minus(Duration.ofHours(i + 1)), ProbeOutcome.OPENED, opened[i], 200, ""));
        }
        probes.record(
                website.id(),
                new ProbeResult(home, now.minus(Duration.ofHours(5)), ProbeOutcome.FAILED, 15_000, 0, "TIMEOUT"));

        signIn();
        browser().get(url("/targets/" + website.targetId()));
        assertThat(texts("table.broken td code"))
                .containsExactlyElementsOf(gbk.manifest().brokenLinks().stream()
                        .map(l -> l.url().toString())
                        .toList());
        // the scans over time: this scan's broken links and pages, as its report counts them
        Scans.Scan done = scans.scan(scan).orElseThrow();
        long finished = scans.history(website.id(), 52).stream()
                .filter(x -> x.state() == ScanState.DONE)
                .count();
        String trend = "#trend-" + website.id();
        waitFor(
                "the trend chart",
                PAGE,
                () -> !browser().findElements(By.cssSelector(trend + " canvas")).isEmpty());
        assertThat(js(
                        "return echarts.getInstanceByDom(document.querySelector(arguments[0])).getOption()"
                                + ".series.map(s => s.id + ':' + s.data.length + ':' + s.data.at(-1)[1])",
                        trend))
                .isEqualTo(List.of( // one point per finished scan (other tests scan this site too), this one last
                        "broken:" + finished + ":"
                                + gbk.manifest().brokenLinks().size(),
                        "pages:" + finished + ":" + done.pagesCrawled()));
        String chart = "#availability-" + website.id();
        waitFor(
                "the ECharts canvas",
                PAGE,
                () -> !browser().findElements(By.cssSelector(chart + " canvas")).isEmpty());
        assertThat((Long) js("return document.querySelector(arguments[0] + ' canvas').width", chart))
                .isPositive();
        // the chart holds the planted probes: three opened, one failed (in red)
        assertThat(js(
                        "return echarts.getInstanceByDom(document.querySelector(arguments[0])).getOption()"
                                + ".series.map(s => s.name + ':' + s.data.length)",
                        chart))
                .isEqualTo(List.of("OPENED:3", "FAILED:1"));
    }

    @Test
    void everyPublishedTableShowsTheRowsTheEvaluationModulePublished() {
        Divisions divisions = Divisions.bundled();
        IndicatorSystems systems = IndicatorSystems.bundled();
        List<PublishedTable> tables = new PublishedResults(systems, divisions).cstc2020();
        browser().get(url("/results"));
        assertThat(texts("main table tr td:first-child a")).hasSize(tables.size());
        for (PublishedTable table : tables) { // public: no login
            browser().get(url("/results/" + table.id()));
            IndicatorSystem system = systems.get(table.systemId()).orElseThrow();
            List<String> header = new ArrayList<>(List.of("排名", "名称", "地区"));
            table.indexColumns()
                    .forEach(c -> header.add(system.indicator(c).orElseThrow().name() + "指数"));
            header.addAll(List.of("总分", "等级"));
            assertThat(texts("#results thead th")).as(table.id()).containsExactlyElementsOf(header);
            List<String> shown = rows("#results tbody tr").stream()
                    .map(cells -> String.join("|", cells))
                    .toList();
            assertThat(shown)
                    .as(table.id())
                    .hasSize(table.rows().size())
                    .containsExactlyElementsOf(PublishedRows.expected(table, divisions, Tiers.defaults()));
            // the chart: one bar per row in published order with its total and tier, the four tier lines
            waitFor(
                    "the results chart of " + table.id(),
                    PAGE,
                    () -> !browser()
                            .findElements(By.cssSelector("#results-chart canvas"))
                            .isEmpty());
            assertThat(js("return echarts.getInstanceByDom(document.querySelector('#results-chart')).getOption()"
                            + ".series[0].data.map(d => d.name + '|' + d.value.toFixed(1) + '|' + d.tier)"))
                    .as(table.id())
                    .isEqualTo(table.rows().stream()
                            .map(r -> r.name() + "|" + r.total().toPlainString() + "|"
                                    + Tiers.defaults().of(r.total()).name())
                            .toList());
            assertThat(js("return echarts.getInstanceByDom(document.querySelector('#results-chart')).getOption()"
                            + ".series[0].markLine.data.map(d => d.yAxis + ' ' + d.tier)"))
                    .as(table.id())
                    .isEqualTo(List.of("95 卓越", "85 优秀", "75 良好", "60 发展"));
        }
    }

    @Test
    void namesAndCrawledTextAreShownAsTextNeverRunAsMarkup() {
        String name = "<img src=x onerror=alert(1)>示例";
        String link = "http://127.0.0.1:9/\"><script>window.injected=1</script>";
        String message = "<script>window.injected=2</script>页面有问题";
        String column = "<b onmouseover=alert(3)>通知公告</b>";
        long campaign = campaigns.create("browser-test", 2022, "转义测试<i>斜体</i>", "cstc-2020-website-local");
        long target = campaigns.addTarget("browser-test", campaign, name, "COUNTY", "330101", null, List.of());
        long website = campaigns.addWebsite("browser-test", target, "http://127.0.0.1:9/", true, null);
        plantReport(website, link, message, column);

        signIn();
        WebDriver browser = browser();
        browser.get(url("/campaigns/" + campaign));
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("转义测试<i>斜体</i>");
        assertThat(column(0)).containsExactly(name);
        assertNothingInjected();
        // the table comes again through htmx every 3 s: the swapped-in copy must be text too
        js("document.getElementById('targets').dataset.old = 'yes'");
        waitFor("htmx to swap the target table", PAGE, () ->
                (Boolean) js("return document.getElementById('targets').dataset.old === undefined"));
        assertThat(column(0)).containsExactly(name);
        assertNothingInjected();

        browser.get(url("/targets/" + target));
        assertThat(browser.getTitle()).isEqualTo(name + " · goveval");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo(name);
        assertThat(texts("table.broken td code")).containsExactly(link);
        assertThat(texts("table.columns td:first-child")).containsExactly(column);
        assertThat(texts("main ul li span:last-child")).containsExactly(message);
        assertNothingInjected();
    }

    @Test
    void theSwaggerUiShowsEveryJsonEndpoint() {
        browser().get(url("/swagger-ui/index.html"));
        waitFor(
                "Swagger UI to render the API",
                PAGE,
                () -> browser().findElements(By.cssSelector(".opblock")).size() == 5);
        // the data-path attribute: the shown path has zero-width spaces after its slashes
        assertThat(js("return [...document.querySelectorAll('.opblock-summary-path')].map(e => e.dataset.path)"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder(
                        "/api/results/{id}",
                        "/api/campaigns",
                        "/api/campaigns/{id}",
                        "/api/campaigns/{id}/targets",
                        "/api/websites/{id}/scans");
        // it works offline: everything it loaded came from this server (no validator badge, no web fonts)
        assertThat(js("return performance.getEntriesByType('resource').map(e => e.name)"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .isNotEmpty()
                .allSatisfy(loaded -> assertThat(loaded).startsWith(url("/")));
    }

    /** A finished scan whose report carries markup where crawled text goes (a link, a finding, a column). */
    private void plantReport(long website, String link, String message, String column) {
        ScanReport report = new ScanReport(
                ScanReport.SCHEMA_VERSION,
                "http://127.0.0.1:9/",
                "2026-01-01T00:00:00Z",
                1,
                1,
                1,
                List.of(new BrokenLinkFinding(link, "HTTP_404", 404, List.of("http://127.0.0.1:9/"), true, "", null)),
                List.of(),
                List.of(),
                List.of("http://127.0.0.1:9/"),
                List.of(),
                List.of(),
                List.of(new ColumnReport(
                        column, "http://127.0.0.1:9/tzgg/", ColumnCategory.NOTICE, null, 0, true, false)),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(new Finding("test", "PLANTED", Finding.Severity.WARNING, message, List.of())),
                null,
                List.of());
        long scan = scans.queue(website, "browser-test");
        assertThat(scans.start(scan, "browser-test")).isTrue();
        assertThat(scans.finish(scan, "browser-test", report, ReportJson.write(report)))
                .isTrue();
    }

    // --- campaign and target forms, error pages (branch campaign) ---

    @Test
    void anAdminCreatesACampaignAndATargetWithTheFormsAndErrorPagesKeepTheLayout() {
        signIn();
        WebDriver browser = browser();
        browser.findElement(By.id("new-campaign")).click();
        waitFor("the campaign form", PAGE, () -> isAt("/campaigns/new"));
        browser.findElement(By.name("campaignYear")).sendKeys("2025");
        browser.findElement(By.name("name")).sendKeys("浏览器表单测试");
        // a date input takes its value in ISO, whatever the format it displays
        js("document.getElementById('registrationFrom').value = '2025-05-01';"
                + " document.getElementById('collectionFrom').value = '2025-04-01'");
        browser.findElement(By.cssSelector("#campaign-form button[type=submit]"))
                .click();
        waitFor("the field error", PAGE, () -> !texts("p.field-error").isEmpty());
        assertThat(texts("p.field-error")).containsExactly("不能早于报名开始日期（2025-05-01）");
        assertThat(campaigns.campaigns()).noneMatch(c -> c.name().equals("浏览器表单测试"));
        js("document.getElementById('collectionFrom').value = '2025-06-01'");
        browser.findElement(By.cssSelector("#campaign-form button[type=submit]"))
                .click();
        waitFor("the new campaign's page", PAGE, () -> texts("h1").contains("浏览器表单测试"));
        Campaigns.Campaign created = campaigns.campaigns().stream()
                .filter(c -> c.name().equals("浏览器表单测试"))
                .findFirst()
                .orElseThrow();
        assertThat(isAt("/campaigns/" + created.id())).isTrue();
        assertThat(created.collectionFrom()).isEqualTo(java.time.LocalDate.of(2025, 6, 1));

        browser.findElement(By.id("new-target")).click();
        waitFor("the target form", PAGE, () -> isAt("/campaigns/" + created.id() + "/targets/new"));
        browser.findElement(By.name("name")).sendKeys("浏览器测试部");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("kind"))).selectByValue("MINISTRY");
        browser.findElement(By.name("officialOrder")).sendKeys("5");
        browser.findElements(By.name("urls")).get(0).sendKeys("http://127.0.0.1:9/browser/");
        browser.findElements(By.name("portal")).get(0).click();
        browser.findElement(By.cssSelector("#target-form button[type=submit]")).click();
        waitFor("the new target's page", PAGE, () -> texts("h1").contains("浏览器测试部"));
        Campaigns.Target target = campaigns.targets(created.id()).get(0);
        assertThat(isAt("/targets/" + target.id())).isTrue();
        assertThat(target.kind()).isEqualTo("MINISTRY");
        assertThat(target.officialOrder()).isEqualTo(5);
        assertThat(campaigns.websites(target.id()))
                .extracting(w -> w.url() + " " + w.portal())
                .containsExactly("http://127.0.0.1:9/browser/ true");

        // the real server's error pages: the layout and a message, never the Whitelabel page
        browser.get(url("/campaigns/999999"));
        assertThat(texts("#error-title")).containsExactly("找不到此页面");
        assertThat(texts("nav.top a.brand")).containsExactly("goveval");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
        browser.get(url("/somewhere-else"));
        assertThat(texts("#error-title")).containsExactly("没有权限访问此页面");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
    }

    /** No element or script came out of the planted markup: no image at all, no planted script ran. */
    private void assertNothingInjected() {
        assertThat(browser().findElements(By.cssSelector("img, b, i"))).isEmpty();
        assertThat((Boolean) js("return window.injected === undefined")).isTrue();
    }

    /** Signs in as the admin, first replacing the printed password if no test has done so yet. */
    private void signIn() {
        browser().get(url("/login"));
        if (passwordChanged) {
            submitLogin(InitialAdmin.USERNAME, ADMIN_PASSWORD);
        } else {
            submitLogin(InitialAdmin.USERNAME, admin.password().orElseThrow());
            waitFor("the password page", PAGE, () -> isAt("/account/password"));
            changeAdminPassword();
            browser().get(url("/campaigns"));
        }
        waitFor("the campaign list", PAGE, () -> isAt("/campaigns"));
    }

    private void changeAdminPassword() {
        submitNewPassword(admin.password().orElseThrow(), ADMIN_PASSWORD, ADMIN_PASSWORD);
        waitFor(
                "the password changed",
                PAGE,
                () -> isAt("/account/password")
                        && !browser().findElements(By.id("changed")).isEmpty());
        assertThat(browser().findElement(By.id("changed")).getText()).isEqualTo("密码已修改。");
        passwordChanged = true;
    }

    private void submitNewPassword(String current, String chosen, String repeated) {
        WebDriver browser = browser();
        browser.findElement(By.name("current")).sendKeys(current);
        browser.findElement(By.name("password")).sendKeys(chosen);
        browser.findElement(By.name("repeat")).sendKeys(repeated);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private void submitLogin(String user, String password) {
        WebDriver browser = browser();
        browser.findElement(By.name("username")).clear();
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private long demoCampaign() {
        return campaigns.campaigns().stream()
                .filter(c -> c.name().equals(ServerContract.DEMO_CAMPAIGN))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Campaigns.Website demoWebsite(java.util.function.Predicate<Campaigns.Website> which) {
        return campaigns.demoWebsites().stream().filter(which).findFirst().orElseThrow();
    }

    /** The texts of one column of the dashboard's target table, as shown. */
    private List<String> column(int index) {
        return rows("#targets tr:has(td)").stream().map(r -> r.get(index)).toList();
    }

    /** Each row's cells' rendered texts, read in one round trip. */
    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String selector) {
        return (List<List<String>>) js(
                "return [...document.querySelectorAll(arguments[0])]"
                        + ".map(tr => [...tr.cells].map(td => td.innerText.trim()))",
                selector);
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        return (List<String>)
                js("return [...document.querySelectorAll(arguments[0])].map(e => e.innerText.trim())", selector);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser()).executeScript(script, args);
    }

    private void waitFor(String what, Duration bound, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser(), bound, Duration.ofMillis(250))
                .withMessage(what)
                .until(d -> condition.get());
    }

    private WebDriver browser() {
        return chromium.driver();
    }

    /** Whether the browser shows this path of the server, whatever the query. */
    private boolean isAt(String path) {
        URI shown = URI.create(browser().getCurrentUrl());
        return shown.getPort() == port && shown.getPath().equals(path);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
