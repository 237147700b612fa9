package org.goveval.sitefarm;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goveval.sitefarm.tls.CertificateAuthority;
import org.goveval.sitefarm.tls.ServerIdentity;

/**
 * The named faces of a farm's sites (see {@link FarmSpec#networkFaces()}): per site an https server on 127.0.0.1
 * with a certificate of the farm's own authority, and, unless the site plants {@link ContentDefect#NO_IPV6},
 * http and https servers on [::1] with the same port numbers as on 127.0.0.1 (so that {@code SITE.farm.test:PORT}
 * means the same site over IPv4 and IPv6). Certificates are made at start-up from the farm's clock.
 *
 * <p>A machine without an IPv6 loopback gets no [::1] faces; {@link SiteNetwork#ipv6()} and the manifest's
 * network truth then say so, and tests that need IPv6 must fail on that, not skip.
 */
final class NetworkFaces implements AutoCloseable {
    static final InetAddress IPV6_LOOPBACK = ipv6Loopback();

    private final Optional<CertificateAuthority> authority;
    private final Map<String, SiteNetwork> sites;
    private final Map<String, FaceRules> rules;
    private final Map<String, List<HttpServer>> servers;

    private NetworkFaces(
            Optional<CertificateAuthority> authority,
            Map<String, SiteNetwork> sites,
            Map<String, FaceRules> rules,
            Map<String, List<HttpServer>> servers) {
        this.authority = authority;
        this.sites = Map.copyOf(sites);
        this.rules = Map.copyOf(rules);
        this.servers = Map.copyOf(servers);
    }

    static NetworkFaces none() {
        return new NetworkFaces(Optional.empty(), Map.of(), Map.of(), Map.of());
    }

    /**
     * Binds the faces of every site (not started yet).
     *
     * @param httpServers the sites' http servers on 127.0.0.1, in the order of the spec
     */
    static NetworkFaces open(FarmSpec spec, List<HttpServer> httpServers, Clock clock) throws IOException {
        Instant now = clock.instant();
        CertificateAuthority authority = CertificateAuthority.create("goveval sitefarm CA", now);
        boolean ipv6Loopback = ipv6LoopbackAvailable();
        Map<String, SiteNetwork> sites = new LinkedHashMap<>();
        Map<String, FaceRules> rules = new LinkedHashMap<>();
        Map<String, List<HttpServer>> servers = new LinkedHashMap<>();
        try {
            for (int i = 0; i < spec.sites().size(); i++) {
                SiteSpec site = spec.sites().get(i);
                String host = site.name() + SiteNetwork.DOMAIN;
                int httpPort = httpServers.get(i).getAddress().getPort();
                List<HttpServer> faces = new ArrayList<>();
                servers.put(site.name(), faces);
                ServerIdentity identity =
                        authority.issue(List.of(host), now.minus(Duration.ofDays(1)), notAfter(site, now));
                HttpsServer https = https(new InetSocketAddress(LoopbackPorts.LOOPBACK, 0), identity);
                faces.add(https);
                int httpsPort = https.getAddress().getPort();
                boolean ipv6 = ipv6Loopback && !site.contentDefects().contains(ContentDefect.NO_IPV6);
                if (ipv6) {
                    faces.add(HttpServer.create(new InetSocketAddress(IPV6_LOOPBACK, httpPort), 0));
                    faces.add(https(new InetSocketAddress(IPV6_LOOPBACK, httpsPort), identity));
                }
                sites.put(site.name(), new SiteNetwork(site.name(), host, httpPort, httpsPort, ipv6));
                rules.put(
                        site.name(),
                        new FaceRules(
                                host,
                                "http://127.0.0.1:" + httpPort,
                                httpsPort,
                                !site.contentDefects().contains(ContentDefect.NO_HTTPS_REDIRECT),
                                !site.contentDefects().contains(ContentDefect.NO_HSTS)));
            }
        } catch (IOException | RuntimeException e) {
            servers.values().forEach(list -> list.forEach(server -> server.stop(0)));
            throw e;
        }
        return new NetworkFaces(Optional.of(authority), sites, rules, servers);
    }

    private static Instant notAfter(SiteSpec site, Instant now) {
        int days = site.contentDefects().contains(ContentDefect.CERTIFICATE_EXPIRING)
                ? SiteNetwork.EXPIRING_CERTIFICATE_DAYS
                : SiteNetwork.CERTIFICATE_DAYS;
        // half a day more, so that a scan within 12 hours of the start counts exactly `days` whole days left
        return now.plus(Duration.ofDays(days)).plus(Duration.ofHours(12));
    }

    private static HttpsServer https(InetSocketAddress address, ServerIdentity identity) throws IOException {
        HttpsServer server = HttpsServer.create(address, 0);
        server.setHttpsConfigurator(new HttpsConfigurator(identity.serverContext()));
        return server;
    }

    Map<String, SiteNetwork> sites() {
        return sites;
    }

    Optional<SiteNetwork> site(String name) {
        return Optional.ofNullable(sites.get(name));
    }

    FaceRules rules(String site) {
        return rules.getOrDefault(site, FaceRules.NONE);
    }

    List<HttpServer> servers(String site) {
        return servers.getOrDefault(site, List.of());
    }

    Optional<CertificateAuthority> authority() {
        return authority;
    }

    @Override
    public void close() {
        servers.values().forEach(list -> list.forEach(server -> server.stop(0)));
    }

    /** Whether this machine can bind [::1] (Docker containers and some CI machines cannot). */
    static boolean ipv6LoopbackAvailable() {
        try (ServerSocket probe = new ServerSocket(0, 1, IPV6_LOOPBACK)) {
            return probe.getLocalPort() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static InetAddress ipv6Loopback() {
        byte[] bytes = new byte[16];
        bytes[15] = 1;
        try {
            return InetAddress.getByAddress("::1", bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("sixteen bytes are a valid IPv6 address", e);
        }
    }
}
