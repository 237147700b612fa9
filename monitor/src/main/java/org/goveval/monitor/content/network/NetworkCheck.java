package org.goveval.monitor.content.network;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.PageObserver;
import org.goveval.monitor.content.SiteCheck;
import org.goveval.monitor.content.SiteContext;
import org.goveval.monitor.fetch.FetchSettings;
import org.goveval.monitor.net.AddressPolicy;
import org.goveval.monitor.net.TlsTrust;

/**
 * The network check: IPv6 (AAAA records through a configurable DNS resolver, the home page and the second-level
 * pages fetched over IPv6) and HTTPS (the http→https redirect, the https home page, its certificate judged at
 * the scan's time against the trust store, the TLS versions accepted, HSTS). See docs/content-checks.md.
 *
 * <p>It opens its own connections, because it must choose the address (an AAAA record) and see the certificate
 * even when a browser would refuse it; every address passes the scan's SSRF guard, and its requests go one at a
 * time at the crawl's pace. A site scanned by IP address is not checked (every part null, no finding): there is
 * no name to look up or to match a certificate against.
 */
public final class NetworkCheck implements SiteCheck {
    private final NetworkSettings settings;
    private final AddressPolicy guard;
    private final TlsTrust trust;
    private final String userAgent;
    /** Per host, the first {@code maxPages} second-level pages in URL order: all the probe will fetch. */
    private final Map<String, TreeSet<String>> secondLevel = new HashMap<>();

    /** A check whose requests send the default User-Agent. */
    public NetworkCheck(NetworkSettings settings, AddressPolicy guard, TlsTrust trust) {
        this(settings, guard, trust, FetchSettings.defaults().userAgent());
    }

    /** @param userAgent sent with the check's requests: the crawl's, so that the site sees one visitor */
    public NetworkCheck(NetworkSettings settings, AddressPolicy guard, TlsTrust trust, String userAgent) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public String name() {
        return NetworkFindings.CHECK;
    }

    /**
     * Remembers the crawled pages one link from the home page, as many per host as the IPv6 probe fetches (a
     * sample by design, so keeping no more loses nothing).
     */
    @Override
    public PageObserver observer() {
        return page -> {
            if (page.role() == CrawledPage.Role.CRAWLED
                    && page.depth() == 1
                    && page.url().getHost() != null) {
                remember(
                        page.url().getHost().toLowerCase(Locale.ROOT),
                        page.url().toString());
            }
        };
    }

    private synchronized void remember(String host, String url) {
        TreeSet<String> pages = secondLevel.computeIfAbsent(host, h -> new TreeSet<>());
        pages.add(url);
        if (pages.size() > settings.maxPages()) {
            pages.pollLast();
        }
    }

    private synchronized List<String> secondLevel(String host) {
        return List.copyOf(secondLevel.getOrDefault(host.toLowerCase(Locale.ROOT), new TreeSet<>()));
    }

    @Override
    public void finish(SiteContext context, ContentResults results) throws InterruptedException {
        URI site = context.site();
        String host = site.getHost();
        if (host == null || isIpLiteral(host)) {
            results.setNetwork(NetworkReport.notChecked());
            return;
        }
        List<URI> sample = secondLevel(host).stream()
                .map(URI::create)
                .filter(uri -> host.equalsIgnoreCase(uri.getHost()))
                .limit(settings.maxPages())
                .toList();
        URI httpHome = httpHome(site, context.homepages());
        URI httpsHome = httpsHome(site);
        SiteProbes probes = new SiteProbes(settings, guard, userAgent, context.clock());
        DnsLookup dns = DnsLookup.of(settings);
        Ipv6Probe.Facts ipv6 =
                Ipv6Probe.run(dns, probes, site, sample, context.clock().instant());
        HttpsProbe.Facts https =
                HttpsProbe.run(probes, httpHome, httpsHome, context.clock().instant(), trust.anchors());

        NetworkFindings findings = new NetworkFindings(context.evidence(), settings.expiryWarningDays());
        findings.ipv6(ipv6, site.toString(), host, dns.server());
        findings.https(https);
        results.setNetwork(report(ipv6, https, httpHome, httpsHome));
        results.addFindings(findings.findings());
    }

    private static NetworkReport report(Ipv6Probe.Facts ipv6, HttpsProbe.Facts https, URI httpHome, URI httpsHome) {
        boolean known = !ipv6.dnsFailed();
        Integer checked = known ? ipv6.sampled() : null;
        Integer reachable = known ? ipv6.reachablePages() : null;
        Double share = checked == null || checked == 0 ? null : reachable / (double) checked;
        ServerCertificate certificate = https.certificate();
        Long maxAge = https.hstsMaxAge().orElse(null);
        return new NetworkReport(
                known ? !ipv6.addresses().isEmpty() && ipv6.homeReachable() : null,
                share,
                https.available(),
                https.redirects(),
                certificate == null ? null : certificate.daysLeft(),
                https.https().response() == null ? null : maxAge != null && maxAge > 0,
                ipv6.addresses().stream().map(Ipv6Text::of).toList(),
                checked,
                reachable,
                httpHome.toString(),
                httpsHome.toString(),
                certificate,
                https.versions(),
                maxAge);
    }

    /** The http home page: the site's, one the scan was asked for on the same host, or derived. */
    private URI httpHome(URI site, Set<String> homepages) {
        if ("http".equalsIgnoreCase(site.getScheme())) {
            return site;
        }
        return homepages.stream()
                .sorted()
                .map(URI::create)
                .filter(uri -> "http".equalsIgnoreCase(uri.getScheme()))
                .filter(uri -> site.getHost().equalsIgnoreCase(uri.getHost()))
                .findFirst()
                .orElseGet(() -> origin("http", site.getHost(), settings.httpPortFor(site.getPort()), 80));
    }

    /** The https home page: the site's when it is served over https, else derived from the http port. */
    private URI httpsHome(URI site) {
        if ("https".equalsIgnoreCase(site.getScheme())) {
            return site;
        }
        return origin("https", site.getHost(), settings.httpsPortFor(site.getPort()), 443);
    }

    private static URI origin(String scheme, String host, int port, int defaultPort) {
        return URI.create(scheme + "://" + host + (port == defaultPort ? "" : ":" + port) + "/");
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.toLowerCase(Locale.ROOT).matches("[0-9.]+");
    }
}
