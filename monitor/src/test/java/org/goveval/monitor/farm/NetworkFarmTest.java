package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.content.ContentSettings;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.network.Ipv6Loopback;
import org.goveval.monitor.content.network.NetworkReport;
import org.goveval.monitor.content.network.NetworkSettings;
import org.goveval.monitor.content.network.ServerCertificate;
import org.goveval.monitor.content.network.TlsVersions;
import org.goveval.monitor.net.StubResolver;
import org.goveval.monitor.net.TlsTrust;
import org.goveval.monitor.report.ScanReport;
import org.goveval.monitor.scan.ScanListener;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.goveval.sitefarm.SiteNetwork;
import org.goveval.sitefarm.manifest.NetworkTruth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network check against the content farm, each site scanned by name ({@code pass.farm.test:PORT}): the
 * farm's names resolve to loopback everywhere (the JVM through {@link FarmNameResolverProvider}, the SSRF guard,
 * and so the crawl, through a stub resolver, the AAAA questions through the DNS stub), https is trusted through the farm's own
 * authority, and the network part of each report must equal the manifest's network truth exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkFarmTest {
    /** Not the default: the network check's own requests must send the crawl's User-Agent too. */
    private static final String AGENT = "farmscan/2.0 (+https://example.gov.cn/monitoring)";

    private RunningFarm farm;
    private FarmByName byName;
    private final Map<String, ScanReport> reports = new ConcurrentHashMap<>();

    @BeforeAll
    void scanTheFarmByName() throws InterruptedException {
        Ipv6Loopback.require();
        farm = SiteFarm.start(FarmSpec.contentFarm(), Clock.systemUTC());
        byName = FarmByName.of(farm);
        StubResolver guardResolver = byName.guardResolver();
        NetworkSettings network = byName.network();
        MonitorSettings defaults = FarmMonitor.settings();
        MonitorSettings settings = defaults.withFetch(defaults.fetch().withUserAgent(AGENT))
                .withTrust(TlsTrust.of(farm.trustStore(), "the farm's CA"))
                .withContent(ContentSettings.defaults().withNetwork(network));
        try (Monitor monitor = Monitor.create(settings, guardResolver, Clock.systemUTC())) {
            for (FarmSite site : farm.sites()) {
                URI home = farm.network(site.name()).homepage();
                reports.put(site.name(), monitor.scan(home, ScanListener.none(), Optional.empty()));
            }
        }
    }

    @AfterAll
    void stop() {
        if (byName != null) {
            byName.close();
        }
        if (farm != null) {
            farm.close();
        }
    }

    /**
     * Every request the farm received, over every face (http and https on 127.0.0.1 and [::1]), sent the
     * configured User-Agent: the crawl's and the network check's (IPv6 pages, the http and https home pages).
     */
    @Test
    void everyRequestSentTheConfiguredUserAgent() {
        assertThat(farm.requestLog().requests())
                .hasSizeGreaterThan(100)
                .extracting(org.goveval.sitefarm.LoggedRequest::userAgent)
                .containsOnly(AGENT);
    }

    @Test
    void theFarmNamesResolveToLoopbackInThisJvm() throws UnknownHostException {
        assertThat(InetAddress.getByName("pass" + SiteNetwork.DOMAIN).getHostAddress())
                .as("FarmNameResolverProvider must be the JVM's resolver: test classes first on the class path")
                .isEqualTo("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pass", "fail", "bare", "thin"})
    void theNetworkPartEqualsTheTruth(String site) {
        NetworkTruth truth = farm.site(site).manifest().content().network();
        assertThat(truth).isNotEqualTo(NetworkTruth.empty());
        assertThat(observed(reports.get(site))).isEqualTo(truth);
    }

    @Test
    void theTruthPlantsWhatTheChecksMustTellApart() {
        NetworkTruth pass = farm.site("pass").manifest().content().network();
        NetworkTruth fail = farm.site("fail").manifest().content().network();
        assertThat(pass.findings()).isEmpty();
        assertThat(pass.ipv6Addresses()).containsExactly("::1");
        assertThat(pass.ipv6PagesChecked()).isGreaterThan(9);
        assertThat(pass.ipv6PageShare()).isEqualTo(1.0);
        assertThat(fail.findings())
                .containsExactly("CERT_EXPIRING", "HSTS_MISSING", "HTTP_NOT_REDIRECTED", "IPV6_NO_AAAA");
        assertThat(fail.ipv6PageShare()).isEqualTo(0.0);
        assertThat(fail.certificateDaysLeft()).isEqualTo(SiteNetwork.EXPIRING_CERTIFICATE_DAYS);
    }

    @Test
    void passIsCrawledOverHttpsAfterTheRedirect() {
        ScanReport report = reports.get("pass");
        SiteNetwork network = farm.network("pass");
        assertThat(report.site()).isEqualTo(network.httpsHomepage().toString());
        assertThat(report.network().httpUrl()).isEqualTo(network.homepage().toString());
        assertThat(report.network().httpsUrl())
                .isEqualTo(network.httpsHomepage().toString());
        assertThat(report.crawledPages()).contains(network.homepage().toString());
        assertThat(report.crawledPages().stream()
                        .filter(url -> !url.equals(network.homepage().toString())))
                .hasSizeGreaterThan(30)
                .allMatch(url -> url.startsWith(network.httpsHomepage().toString()));
    }

    @Test
    void failIsCrawledOverHttpAndItsHttpsFaceIsFoundThroughThePortMap() {
        ScanReport report = reports.get("fail");
        SiteNetwork network = farm.network("fail");
        assertThat(report.site()).isEqualTo(network.homepage().toString());
        assertThat(report.network().httpsUrl())
                .isEqualTo(network.httpsHomepage().toString());
        assertThat(report.network().certificate().names()).containsExactly(network.host());
    }

    @Test
    void everyNetworkFindingCarriesEvidence() {
        List<Finding> findings = reports.get("fail").findings().stream()
                .filter(f -> f.check().equals("network"))
                .toList();
        assertThat(findings).isNotEmpty();
        for (Finding finding : findings) {
            assertThat(finding.evidence()).as(finding.code()).isNotEmpty();
            finding.evidence().forEach(e -> assertThat(e.fetchedAt()).isNotBlank());
        }
    }

    /** The report's network part in the truth's shape. */
    private static NetworkTruth observed(ScanReport report) {
        NetworkReport network = report.network();
        assertThat(network).isNotNull();
        ServerCertificate certificate = network.certificate();
        TlsVersions tls = network.tlsVersions();
        return new NetworkTruth(
                network.ipv6Supported(),
                network.ipv6Addresses(),
                network.ipv6PagesChecked(),
                network.ipv6PagesReachable(),
                network.ipv6PageShare(),
                network.httpsAvailable(),
                network.httpRedirectsToHttps(),
                network.certificateDaysLeft(),
                certificate == null ? null : certificate.trusted(),
                certificate == null ? null : certificate.hostnameMatch(),
                certificate == null ? null : certificate.expired(),
                network.hsts(),
                network.hstsMaxAge(),
                tls == null ? null : tls.tls10(),
                tls == null ? null : tls.tls11(),
                tls == null ? null : tls.tls12(),
                tls == null ? null : tls.tls13(),
                report.findings().stream()
                        .filter(f -> f.check().equals("network"))
                        .map(Finding::code)
                        .toList());
    }
}
