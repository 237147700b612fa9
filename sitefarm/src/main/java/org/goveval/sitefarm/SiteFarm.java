package org.goveval.sitefarm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.goveval.sitefarm.internal.content.SitePlanner;
import org.goveval.sitefarm.internal.defects.FunctionPages;
import org.goveval.sitefarm.internal.defects.Planters;
import org.goveval.sitefarm.internal.routes.Stall;
import org.goveval.sitefarm.internal.site.BuiltSite;
import org.goveval.sitefarm.internal.site.FarmContext;
import org.goveval.sitefarm.internal.site.ManifestBuilder;
import org.goveval.sitefarm.internal.site.SiteBuilder;

/**
 * Starts generated government sites on loopback, each with its manifest of the truth.
 *
 * <pre>{@code
 * try (RunningFarm farm = SiteFarm.start(FarmSpec.testFarm(), clock)) {
 *     FarmSite defects = farm.site("defects");
 *     // scan defects.homepage(), compare the findings with defects.manifest()
 * }
 * }</pre>
 */
public final class SiteFarm {
    /**
     * The JDK's HttpServer leaves Nagle's algorithm on unless this system property is "true": a response
     * written in two parts then waits for the client's delayed ACK (40 ms on Linux), and a crawl over one
     * keep-alive connection slows to some 25 pages/s for no reason but TCP. Real servers set TCP_NODELAY
     * (nginx by default), so the farm does too, unless the property was set (false runs the JDK default).
     * The server reads it once, when the first HttpServer of the JVM starts.
     */
    static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private SiteFarm() {}

    /**
     * Binds one {@code HttpServer} per site on 127.0.0.1 with an ephemeral port, plans and plants every site,
     * computes the manifests and starts serving on virtual threads, with TCP_NODELAY (see {@link
     * #NODELAY_PROPERTY}). Nothing in the farm ever connects anywhere.
     *
     * @param clock the date every article date is counted back from (in the clock's zone)
     * @throws UncheckedIOException if a loopback port cannot be bound
     * @throws IllegalStateException if a site's generated links disagree with its routes (a farm bug)
     */
    public static RunningFarm start(FarmSpec spec, Clock clock) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(clock, "clock");
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        List<HttpServer> servers = new ArrayList<>();
        RogueHost rogue;
        NetworkFaces faces = NetworkFaces.none();
        LoopbackPorts ports;
        try {
            ports = LoopbackPorts.open(executor);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot bind a loopback port for the site farm", e);
        }
        try {
            rogue = RogueHost.start(executor);
        } catch (IOException e) {
            closeQuietly(ports, e);
            executor.shutdownNow();
            throw new UncheckedIOException("cannot bind a loopback port for the site farm", e);
        }
        try {
            for (int i = 0; i < spec.sites().size(); i++) {
                servers.add(HttpServer.create(new InetSocketAddress(LoopbackPorts.LOOPBACK, 0), 0));
            }
            if (spec.networkFaces()) {
                faces = NetworkFaces.open(spec, servers, clock);
            }
            Stall stall = new Stall();
            FarmContext farm = context(spec, clock, servers, ports, rogue, stall, faces);
            List<BuiltSite> built =
                    spec.sites().stream().map(site -> build(site, farm)).toList();
            RequestLog log = new RequestLog();
            List<SiteHandler> handlers = new ArrayList<>();
            List<FarmSite> sites = serve(built, servers, log, executor, faces, stall, spec.latency(), handlers);
            List<HttpServer> all = new ArrayList<>(servers);
            all.add(rogue.server());
            Replanter replanter = new Replanter(spec, farm, built, handlers);
            return new RunningFarm(sites, log, all, ports, executor, stall, faces, replanter);
        } catch (IOException | RuntimeException e) {
            servers.forEach(server -> server.stop(0));
            rogue.server().stop(0);
            faces.close();
            closeQuietly(ports, e);
            executor.shutdownNow();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot bind a loopback port for the site farm", io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Computes every manifest (all sites must be built: they link to each other), then starts the servers. */
    private static List<FarmSite> serve(
            List<BuiltSite> built,
            List<HttpServer> servers,
            RequestLog log,
            ExecutorService executor,
            NetworkFaces faces,
            Stall stall,
            Duration latency,
            List<SiteHandler> handlers) {
        List<FarmSite> sites = farmSites(built);
        for (int i = 0; i < built.size(); i++) {
            String name = built.get(i).name();
            SiteHandler handler = new SiteHandler(name, built.get(i).router(), log, faces.rules(name), latency, stall);
            handlers.add(handler);
            List<HttpServer> all = new ArrayList<>(List.of(servers.get(i)));
            all.addAll(faces.servers(name));
            for (HttpServer server : all) {
                server.createContext("/", handler);
                server.setExecutor(executor);
                server.start();
            }
        }
        return sites;
    }

    /** The sites with their manifests, computed together since sites link to each other. */
    static List<FarmSite> farmSites(List<BuiltSite> built) {
        ManifestBuilder manifests = new ManifestBuilder(built);
        List<FarmSite> sites = new ArrayList<>();
        for (BuiltSite site : built) {
            sites.add(new FarmSite(site.name(), site.homepage(), manifests.build(site), site.spec()));
        }
        return sites;
    }

    private static FarmContext context(
            FarmSpec spec,
            Clock clock,
            List<HttpServer> servers,
            LoopbackPorts ports,
            RogueHost rogue,
            Stall stall,
            NetworkFaces faces) {
        Map<String, URI> origins = new LinkedHashMap<>();
        for (int i = 0; i < servers.size(); i++) {
            int port = servers.get(i).getAddress().getPort();
            origins.put(spec.sites().get(i).name(), URI.create("http://127.0.0.1:" + port));
        }
        return new FarmContext(
                origins,
                ports.deadPort(),
                ports.plainHttpPort(),
                rogue.origin(),
                LocalDate.now(clock),
                spec.slowOk(),
                spec.hang(),
                stall,
                faces.sites());
    }

    static BuiltSite build(SiteSpec spec, FarmContext farm) {
        SiteBuilder builder = new SiteBuilder(spec, SitePlanner.plan(spec, farm.today()), farm);
        Planters.plant(builder);
        FunctionPages.plant(builder);
        return builder.build();
    }

    private static void closeQuietly(LoopbackPorts ports, Exception cause) {
        try {
            ports.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
