package org.goveval.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.goveval.monitor.report.ReportJson;
import org.goveval.monitor.report.ScanReport;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two server processes on one PostgreSQL, each with its own data directory (as on two machines), share the
 * scans of a campaign; one is killed with SIGKILL while it runs scans, and every scan still completes exactly
 * once, with the findings the farm planted: the killed node's scans are revived by the other node, which
 * resumes them from the checkpoints in the database (it never saw the killed node's files) and nothing is lost.
 */
class MultiNodeTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Pages a checkpoint of b must hold before b is killed, so that a scan resumed by a has work to keep. */
    private static final int SAVED_PAGES = 5;

    @TempDir
    Path dataA;

    @TempDir
    Path dataB;

    @TempDir
    Path logs;

    @Test
    void aKilledNodesScansAreTakenOverAndEveryScanCompletesExactlyOnce() throws Exception {
        String schema = PostgresSchemas.create();
        String url = PostgresSchemas.url(schema);
        try (RunningFarm farm = SiteFarm.start(FarmSpec.benchmark(6, 80, 11), Clock.systemUTC());
                ServerNode a = ServerNode.start("a", schema, dataA, logs, 1);
                ServerNode b = ServerNode.start("b", schema, dataB, logs, 3)) {
            int port = a.awaitUp(Duration.ofMinutes(3));
            b.awaitUp(Duration.ofMinutes(3));
            Map<Long, FarmSite> websites = new LinkedHashMap<>();
            long campaign;
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                campaign = campaign(db);
                for (FarmSite site : farm.sites()) {
                    websites.put(website(db, campaign, site), site);
                }
            }
            String password =
                    a.password().isPresent() ? a.password().get() : b.password().orElseThrow();
            queueAll(port, campaign, password);

            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                Await.until(
                        "node b running a scan whose checkpoint holds " + SAVED_PAGES + " pages",
                        Duration.ofMinutes(3),
                        () -> checkpoints(db, b.nodePrefix()).values().stream().anyMatch(p -> p >= SAVED_PAGES));
                b.kill();
                // b's scans stay RUNNING under its name until a revives them (after 4 missed heartbeats of 2 s)
                List<Long> interrupted = running(db, b.nodePrefix());
                // what b saved last, read before a revives the scans
                Map<Long, Integer> saved = checkpoints(db, b.nodePrefix());
                assertThat(saved.values()).anyMatch(p -> p >= SAVED_PAGES);
                assertThat(interrupted).containsAll(saved.keySet());

                Await.until("every scan done", Duration.ofMinutes(8), () -> count(db, "DONE") == websites.size());
                assertThat(count(db, "FAILED")).isZero();
                try (PreparedStatement q = db.prepareStatement(
                        "select id, website_id, node, attempts, resumed_pages, report_json from scan order by id")) {
                    ResultSet rs = q.executeQuery();
                    int scans = 0;
                    while (rs.next()) {
                        scans++;
                        long id = rs.getLong("id");
                        FarmSite site = websites.get(rs.getLong("website_id"));
                        ScanReport report = ReportJson.read(rs.getString("report_json"));
                        assertThat(report.brokenLinks())
                                .as("scan %d of %s", id, site.name())
                                .extracting(l -> l.url() + " " + l.kind())
                                .containsExactlyElementsOf(site.manifest().brokenLinks().stream()
                                        .map(l -> l.url() + " " + l.kind())
                                        .toList());
                        if (interrupted.contains(id)) { // started on b, finished by a
                            assertThat(rs.getString("node")).doesNotStartWith(b.nodePrefix());
                            assertThat(rs.getInt("attempts")).isEqualTo(2);
                            // resumed from b's checkpoint in the database, not started over: exactly the pages
                            // b had crawled when it last saved (none saved yet: started afresh)
                            Integer resumed = (Integer) rs.getObject("resumed_pages");
                            assertThat(resumed).as("scan %d resumed with", id).isEqualTo(saved.get(id));
                        } else {
                            assertThat(rs.getInt("attempts")).as("scan %d", id).isEqualTo(1);
                            assertThat(rs.getObject("resumed_pages"))
                                    .as("scan %d", id)
                                    .isNull();
                        }
                    }
                    assertThat(scans).isEqualTo(websites.size()); // one scan per website, none doubled
                }
                try (Statement s = db.createStatement();
                        ResultSet rs = s.executeQuery("select count(*) from scan_checkpoint")) {
                    rs.next();
                    assertThat(rs.getInt(1))
                            .as("no checkpoint left once the reports are stored")
                            .isZero();
                }
                try (Statement s = db.createStatement();
                        ResultSet rs =
                                s.executeQuery("select count(*) from scheduled_tasks where task_name = 'site-scan'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("no scan job left behind").isZero();
                }
            }
        }
    }

    private static long campaign(Connection db) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("insert into campaign (campaign_year, name, system_id, state, created_at)"
                        + " values (2026, '多节点测试', 'cstc-2020-website-local', 'COLLECTION', now()) returning id")) {
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A target and its website; {@code demo_site} lets the node scan it on loopback. */
    private static long website(Connection db, long campaign, FarmSite site) throws SQLException {
        long target;
        try (PreparedStatement s =
                db.prepareStatement("insert into target (campaign_id, name, kind, division_code, ranking_groups)"
                        + " values (?, ?, 'COUNTY', '330100', 'county') returning id")) {
            s.setLong(1, campaign);
            s.setString(2, site.name());
            ResultSet rs = s.executeQuery();
            rs.next();
            target = rs.getLong(1);
        }
        try (PreparedStatement s = db.prepareStatement(
                "insert into website (target_id, url, portal, demo_site) values (?, ?, false, ?) returning id")) {
            s.setLong(1, target);
            s.setString(2, site.homepage().toString());
            s.setString(3, site.name());
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Logs in to node a as the admin and presses 检测全部网站 on the campaign's dashboard. */
    private static void queueAll(int port, long campaign, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI base = URI.create("http://127.0.0.1:" + port);
        String token = csrf(get(http, base.resolve("/login")));
        HttpResponse<String> login =
                post(http, base.resolve("/login"), Map.of("username", "admin", "password", password, "_csrf", token));
        // the printed password is one-time: the first login must choose a new one before anything else
        assertThat(login.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        String form = get(http, base.resolve("/account/password"));
        String chosen = "multi-node-admin-password";
        HttpResponse<String> changed = post(
                http,
                base.resolve("/account/password"),
                Map.of("current", password, "password", chosen, "repeat", chosen, "_csrf", csrf(form)));
        assertThat(changed.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password?changed"));
        String dashboard = get(http, base.resolve("/campaigns/" + campaign));
        HttpResponse<String> queued =
                post(http, base.resolve("/campaigns/" + campaign + "/scans"), Map.of("_csrf", csrf(dashboard)));
        assertThat(queued.statusCode()).isEqualTo(302);
    }

    private static String get(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, Map<String, String> form) throws Exception {
        List<String> pairs = new ArrayList<>();
        form.forEach((k, v) -> pairs.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static List<Long> running(Connection db, String nodePrefix) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select id from scan where state = 'RUNNING' and node like ?")) {
            s.setString(1, nodePrefix + "%");
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The scans running on the node with a checkpoint it saved → the pages crawled in that checkpoint. */
    private static Map<Long, Integer> checkpoints(Connection db, String nodePrefix) throws Exception {
        Map<Long, Integer> pages = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement("select c.scan_id, c.data from scan_checkpoint c"
                + " join scan s on s.id = c.scan_id where s.state = 'RUNNING' and c.node like ? order by c.scan_id")) {
            s.setString(1, nodePrefix + "%");
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                try (var in = new GZIPInputStream(new ByteArrayInputStream(rs.getBytes("data")))) {
                    JsonNode checkpoint = JsonMapper.shared().readTree(in.readAllBytes());
                    pages.put(rs.getLong("scan_id"), checkpoint.path("crawled").size());
                }
            }
        }
        return pages;
    }

    private static int count(Connection db, String state) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select count(*) from scan where state = ?")) {
            s.setString(1, state);
            ResultSet rs = s.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }
}
