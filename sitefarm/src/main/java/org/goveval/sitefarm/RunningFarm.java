package org.goveval.sitefarm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.goveval.sitefarm.internal.routes.Stall;
import org.goveval.sitefarm.tls.CertificateAuthority;

/** A started farm. Close it to stop every server; a request still stalling is cut off at once. */
public final class RunningFarm implements AutoCloseable {
    private volatile List<FarmSite> sites;
    private final RequestLog log;
    private final List<HttpServer> servers;
    private final LoopbackPorts ports;
    private final ExecutorService executor;
    private final Stall stall;
    private final NetworkFaces faces;
    private final Replanter replanter;
    private final AtomicBoolean closed = new AtomicBoolean();

    RunningFarm(
            List<FarmSite> sites,
            RequestLog log,
            List<HttpServer> servers,
            LoopbackPorts ports,
            ExecutorService executor,
            Stall stall,
            NetworkFaces faces,
            Replanter replanter) {
        this.sites = List.copyOf(sites);
        this.log = log;
        this.servers = List.copyOf(servers);
        this.ports = ports;
        this.executor = executor;
        this.stall = stall;
        this.faces = faces;
        this.replanter = replanter;
    }

    /** The sites, in the order of the spec. */
    public List<FarmSite> sites() {
        return sites;
    }

    /** The site of that name. */
    public FarmSite site(String name) {
        return sites.stream()
                .filter(site -> site.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no site named " + name));
    }

    /**
     * Serves the site named {@code spec.name()} as {@code spec} describes it from now on, on the same address (its
     * defects planted or fixed, say): the same site changed between two scans. A request already answering
     * finishes as the old site; the request log goes on. Every manifest is computed again, since other sites may
     * link to this one.
     *
     * @return the site as it is now, with its new manifest ({@link #site} returns it too)
     * @throws IllegalArgumentException if the farm has no site of that name, or the spec does not fit the farm
     *     (a partner that is not in it)
     * @throws IllegalStateException if the farm serves network faces (they were set up for the original spec)
     */
    public synchronized FarmSite replant(SiteSpec spec) {
        List<FarmSite> changed = replanter.replant(spec);
        sites = List.copyOf(changed);
        return site(spec.name());
    }

    public RequestLog requestLog() {
        return log;
    }

    /**
     * How the site is reached by name, over https and IPv6.
     *
     * @throws IllegalStateException if the farm serves no network faces ({@link FarmSpec#networkFaces()})
     */
    public SiteNetwork network(String site) {
        site(site);
        return faces.site(site)
                .orElseThrow(() ->
                        new IllegalStateException("the farm serves no network faces; see FarmSpec.withNetworkFaces"));
    }

    /**
     * A trust store holding the authority that signed every https face's certificate, for a client that must
     * trust the farm.
     *
     * @throws IllegalStateException if the farm serves no network faces
     */
    public KeyStore trustStore() {
        return faces.authority()
                .map(CertificateAuthority::trustStore)
                .orElseThrow(() ->
                        new IllegalStateException("the farm serves no network faces; see FarmSpec.withNetworkFaces"));
    }

    /** Releases stalled handlers (their connections close without an answer), stops the servers, frees the ports. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stall.release();
        servers.forEach(server -> server.stop(0));
        faces.close();
        try {
            ports.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the farm's loopback ports", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
