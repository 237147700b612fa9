package org.goveval.monitor.content.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.MemoryEvidenceStore;
import org.goveval.monitor.content.ScanFacts;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.links.LinkCheck;
import org.goveval.monitor.links.RobotsDecision;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.StubResolver;
import org.goveval.monitor.net.TlsTrust;
import org.goveval.sitefarm.tls.CertificateAuthority;
import org.goveval.sitefarm.tls.ServerIdentity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole check on a small site served on 127.0.0.1 and [::1] (one second-level page missing over IPv6), its
 * name answered by the DNS stub, the crawl's pages handed to its observer as a scan would.
 */
class NetworkCheckTest {
    private static final String HOST = "www.example.gov.cn";
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Instant NOW = CLOCK.instant();
    private static final CertificateAuthority CA = CertificateAuthority.create("network check test CA", NOW);
    private static final TlsTrust TRUST = TlsTrust.of(CA.trustStore(), "test CA");

    private TlsSite v4;
    private TlsSite v6;
    private DnsStub dns;
    private final MemoryEvidenceStore store = new MemoryEvidenceStore();

    @BeforeEach
    void start() {
        Ipv6Loopback.require();
        ServerIdentity identity = CA.issue(
                List.of(HOST),
                NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(200).plusHours(12)));
        v4 = TlsSite.start(HOST, identity, true, true);
        v6 = TlsSite.startLike(v4, Ipv6Loopback.ADDRESS, HOST, identity, true, Set.of("/col/b.html"));
        dns = DnsStub.start().with(HOST, "127.0.0.1", "::1").with("v4only.example.gov.cn", "127.0.0.1");
    }

    @AfterEach
    void stop() {
        v6.close();
        v4.close();
        dns.close();
    }

    private NetworkSettings settings() {
        return NetworkSettings.defaults()
                .withDnsServer(dns.address())
                .withHttpsPorts(Map.of(v4.httpPort(), v4.httpsPort()))
                .withTimes(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO);
    }

    private URI https(String path) {
        return URI.create("https://" + HOST + ":" + v4.httpsPort() + path);
    }

    private ContentResults run(URI site, AddressPolicy guard, NetworkSettings settings) throws InterruptedException {
        NetworkCheck check = new NetworkCheck(settings, guard, TRUST);
        for (String path : List.of("/col/c.html", "/col/a.html", "/col/b.html")) {
            check.observer().page(page(URI.create(site.resolve(path).toString()), CrawledPage.Role.CRAWLED, 1));
        }
        check.observer().page(page(URI.create(site.resolve("/art/deep.html").toString()), CrawledPage.Role.CRAWLED, 2));
        check.observer().page(page(URI.create("https://elsewhere.example.org/"), CrawledPage.Role.LINKED, -1));
        ContentResults results = new ContentResults();
        check.finish(context(site), results);
        return results;
    }

    private static AddressPolicy guard(boolean allowPrivate) {
        return new AddressPolicy(
                StubResolver.loopbackOnly().with(HOST, "127.0.0.1").with("v4only.example.gov.cn", "127.0.0.1"),
                allowPrivate);
    }

    @Test
    void aSiteOnIpv4AndIpv6WithOnePageMissingOverIpv6() throws InterruptedException {
        ContentResults results = run(https("/"), guard(true), settings());
        NetworkReport report = results.network();
        assertThat(report.ipv6Supported()).isTrue();
        assertThat(report.ipv6Addresses()).containsExactly("::1");
        assertThat(report.ipv6PagesChecked()).isEqualTo(3);
        assertThat(report.ipv6PagesReachable()).isEqualTo(2);
        assertThat(report.ipv6PageShare()).isEqualTo(2 / 3.0);
        assertThat(report.httpsAvailable()).isTrue();
        assertThat(report.httpRedirectsToHttps()).isTrue();
        assertThat(report.certificateDaysLeft()).isEqualTo(200);
        assertThat(report.hsts()).isTrue();
        assertThat(report.hstsMaxAge()).isEqualTo(63_072_000L);
        assertThat(report.tlsVersions()).isEqualTo(new TlsVersions(false, false, true, true));
        assertThat(report.httpUrl()).isEqualTo("http://" + HOST + ":" + v4.httpPort() + "/");
        assertThat(report.httpsUrl()).isEqualTo(https("/").toString());

        assertThat(results.findings()).hasSize(1);
        Finding finding = results.findings().get(0);
        assertThat(finding.check()).isEqualTo("network");
        assertThat(finding.code()).isEqualTo("IPV6_PAGES_UNREACHABLE");
        assertThat(finding.severity()).isEqualTo(Finding.Severity.WARNING);
        assertThat(finding.message()).isEqualTo("1/3 个二级页面无法通过 IPv6 访问");
        assertThat(finding.evidence()).hasSize(1);
        assertThat(finding.evidence().get(0).url())
                .isEqualTo(https("/col/b.html").toString());
        assertThat(finding.evidence().get(0).status()).isEqualTo(404);
        assertThat(finding.evidence().get(0).snippet()).isEqualTo("IPv6 [::1]: HTTP 404");
        assertThat(store.copy(finding.evidence().get(0).copy())).isPresent();
        assertThat(dns.questions()).containsExactly("AAAA " + HOST);
    }

    @Test
    void theSampleIsBoundedInUrlOrder() throws InterruptedException {
        ContentResults results = run(https("/"), guard(true), settings().withMaxPages(1));
        assertThat(results.network().ipv6PagesChecked()).isEqualTo(1);
        assertThat(results.network().ipv6PagesReachable()).isEqualTo(1); // /col/a.html
        assertThat(results.findings()).isEmpty();
    }

    @Test
    void withoutAllowPrivateTheGuardRefusesTheIpv6Loopback() throws InterruptedException {
        AddressPolicy ipv4Only = guard(false).allowing("127.0.0.1/32");
        ContentResults results = run(https("/"), ipv4Only, settings());
        NetworkReport report = results.network();
        assertThat(report.ipv6Supported()).isFalse();
        assertThat(report.ipv6PagesReachable()).isZero();
        assertThat(report.ipv6PageShare()).isEqualTo(0.0);
        assertThat(report.httpsAvailable()).isTrue();
        assertThat(results.findings().stream().map(Finding::code))
                .containsExactly("IPV6_HOMEPAGE_UNREACHABLE", "IPV6_PAGES_UNREACHABLE");
        assertThat(results.findings().get(0).evidence().get(0).snippet())
                .startsWith("IPv6: refused (BLOCKED): [::1] is loopback");
    }

    @Test
    void aNameWithoutAaaa() throws InterruptedException {
        URI site = URI.create("http://v4only.example.gov.cn:" + v4.httpPort() + "/");
        ContentResults results = run(site, guard(true), settings());
        NetworkReport report = results.network();
        assertThat(report.ipv6Supported()).isFalse();
        assertThat(report.ipv6Addresses()).isEmpty();
        assertThat(report.ipv6PagesChecked()).isEqualTo(3);
        assertThat(report.ipv6PagesReachable()).isZero();
        assertThat(report.ipv6PageShare()).isEqualTo(0.0);
        // the certificate names www.example.gov.cn; the http face redirects to https://www.example.gov.cn
        assertThat(results.findings().stream().map(Finding::code))
                .containsExactly("IPV6_NO_AAAA", "CERT_HOSTNAME_MISMATCH");
        Finding noAaaa = results.findings().get(0);
        assertThat(noAaaa.message()).isEqualTo("网站域名 v4only.example.gov.cn 没有 AAAA 记录，不支持 IPv6 访问");
        assertThat(noAaaa.evidence().get(0).snippet())
                .isEqualTo("AAAA v4only.example.gov.cn → NOERROR（DNS " + dns.address() + "），0 条 AAAA 记录");
    }

    @Test
    void noDnsAnswerLeavesIpv6Unknown() throws InterruptedException {
        dns.silent(HOST);
        NetworkSettings settings = settings();
        settings = new NetworkSettings(
                settings.dnsServer(),
                Duration.ofMillis(300),
                settings.connectTimeout(),
                settings.requestBudget(),
                settings.requestInterval(),
                settings.maxPages(),
                settings.expiryWarningDays(),
                settings.httpsPorts());
        ContentResults results = run(https("/"), guard(true), settings);
        assertThat(results.network().ipv6Supported()).isNull();
        assertThat(results.network().ipv6PagesChecked()).isNull();
        assertThat(results.network().ipv6PageShare()).isNull();
        assertThat(results.network().httpsAvailable()).isTrue();
        assertThat(results.findings().stream().map(Finding::code)).containsExactly("IPV6_DNS_FAILED");
        assertThat(results.findings().get(0).severity()).isEqualTo(Finding.Severity.NEEDS_REVIEW);
    }

    @Test
    void aSiteScannedByAddressIsNotChecked() throws InterruptedException {
        URI site = URI.create("http://127.0.0.1:" + v4.httpPort() + "/");
        ContentResults results = run(site, guard(true), settings());
        assertThat(results.network()).isEqualTo(NetworkReport.notChecked());
        assertThat(results.findings()).isEmpty();
        assertThat(dns.questions()).isEmpty();
    }

    private SiteContext context(URI site) {
        ScanFacts facts = new ScanFacts() {
            @Override
            public Optional<LinkCheck> verdict(String url) {
                return Optional.empty();
            }

            @Override
            public List<String> sourcesOf(String url) {
                return List.of();
            }

            @Override
            public List<String> crawledPages() {
                return List.of();
            }
        };
        return new SiteContext(
                site,
                new java.util.HashSet<>(
                        List.of(site.toString(), "http://" + site.getHost() + ":" + v4.httpPort() + "/")),
                request -> {
                    throw new AssertionError("the network check fetches nothing through the crawl's fetcher");
                },
                uri -> RobotsDecision.allow(),
                result -> Optional.empty(),
                facts,
                store,
                CLOCK);
    }

    private static CrawledPage page(URI url, CrawledPage.Role role, int depth) {
        FetchResult result = new FetchResult(
                url, url, List.of(), 200, Map.of(), new byte[0], false, Optional.empty(), "", 1, NOW, Duration.ZERO);
        return new CrawledPage(url, role, depth, false, result, Jsoup.parse("<p>x</p>", url.toString()));
    }
}
