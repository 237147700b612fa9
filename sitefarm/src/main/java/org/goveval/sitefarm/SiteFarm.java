package org.goveval.sitefarm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.goveval.sitefarm.internal.content.SitePlanner;
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
    private SiteFarm() {}

    /**
     * Binds one {@code HttpServer} per site on 127.0.0.1 with an ephemeral port, plans and plants every site,
     * computes the manifests and starts serving on virtual threads. Nothing in the farm ever connects anywhere.
     *
     * @param clock the date every article date is counted back from (in the clock's zone)
     * @throws UncheckedIOException if a loopback port cannot be bound
     * @throws IllegalStateException if a site's generated links disagree with its routes (a farm bug)
     */
    public static RunningFarm start(FarmSpec spec, Clock clock) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(clock, "clock");
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        List<HttpServer> servers = new ArrayList<>();
        LoopbackPorts ports;
        try {
            ports = LoopbackPorts.open(executor);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot bind a loopback port for the site farm", e);
        }
        try {
            for (int i = 0; i < spec.sites().size(); i++) {
                servers.add(HttpServer.create(new InetSocketAddress(LoopbackPorts.LOOPBACK, 0), 0));
            }
            Stall stall = new Stall();
            FarmContext farm = context(spec, clock, servers, ports, stall);
            List<BuiltSite> built =
                    spec.sites().stream().map(site -> build(site, farm)).toList();
            RequestLog log = new RequestLog();
            List<FarmSite> sites = serve(built, servers, log, executor);
            return new RunningFarm(sites, log, servers, ports, executor, stall);
        } catch (IOException | RuntimeException e) {
            servers.forEach(server -> server.stop(0));
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
            List<BuiltSite> built, List<HttpServer> servers, RequestLog log, ExecutorService executor) {
        ManifestBuilder manifests = new ManifestBuilder(built);
        List<FarmSite> sites = new ArrayList<>();
        for (BuiltSite site : built) {
            sites.add(new FarmSite(site.name(), site.homepage(), manifests.build(site), site.spec()));
        }
        for (int i = 0; i < built.size(); i++) {
            HttpServer server = servers.get(i);
            server.createContext(
                    "/", new SiteHandler(built.get(i).name(), built.get(i).router(), log));
            server.setExecutor(executor);
            server.start();
        }
        return sites;
    }

    private static FarmContext context(
            FarmSpec spec, Clock clock, List<HttpServer> servers, LoopbackPorts ports, Stall stall) {
        Map<String, URI> origins = new LinkedHashMap<>();
        for (int i = 0; i < servers.size(); i++) {
            int port = servers.get(i).getAddress().getPort();
            origins.put(spec.sites().get(i).name(), URI.create("http://127.0.0.1:" + port));
        }
        return new FarmContext(
                origins,
                ports.deadPort(),
                ports.plainHttpPort(),
                LocalDate.now(clock),
                spec.slowOk(),
                spec.hang(),
                stall);
    }

    private static BuiltSite build(SiteSpec spec, FarmContext farm) {
        SiteBuilder builder = new SiteBuilder(spec, SitePlanner.plan(spec, farm.today()), farm);
        Planters.plant(builder);
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
