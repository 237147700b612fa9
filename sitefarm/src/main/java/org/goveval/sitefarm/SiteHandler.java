package org.goveval.sitefarm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.goveval.sitefarm.internal.routes.Reply;
import org.goveval.sitefarm.internal.routes.Request;
import org.goveval.sitefarm.internal.routes.Route;
import org.goveval.sitefarm.internal.routes.Router;
import org.goveval.sitefarm.internal.routes.Stall;
import org.goveval.sitefarm.internal.routes.Truth;
import org.goveval.sitefarm.manifest.LinkKind;

/** Serves one site: logs each request, lets its route answer, and closes the exchange whatever happens. */
final class SiteHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(SiteHandler.class.getName());

    private final String site;
    /** Swapped when the site is replanted ({@link RunningFarm#replant}); a request answers from one router. */
    private volatile Router router;

    private final RequestLog log;
    private final FaceRules faces;
    private final Duration latency;
    private final Stall stall;

    SiteHandler(String site, Router router, RequestLog log) {
        this(site, router, log, FaceRules.NONE);
    }

    /** @param faces how the site's named faces change answers (see {@link FaceRules}) */
    SiteHandler(String site, Router router, RequestLog log, FaceRules faces) {
        this(site, router, log, faces, Duration.ZERO, new Stall());
    }

    /**
     * @param latency how long to wait before answering anything ({@link FarmSpec#latency()})
     * @param stall the farm's release, which cuts that wait short when the farm closes
     */
    SiteHandler(String site, Router router, RequestLog log, FaceRules faces, Duration latency, Stall stall) {
        this.site = site;
        this.router = router;
        this.log = log;
        this.faces = faces;
        this.latency = latency;
        this.stall = stall;
    }

    /** Answers from now on as {@code newRouter} does: the same site, changed. */
    void serve(Router newRouter) {
        this.router = Objects.requireNonNull(newRouter, "newRouter");
    }

    /**
     * Logs the request, lets its route answer, and sends the answer. The request's end is logged when the
     * answer is ready, before its first byte goes out: a client that waits for each answer can then never be
     * seen with two requests in flight.
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Request request = request(exchange);
        Route route = router.route(request.rawPath());
        RequestLog.Entry entry =
                log.begin(site, request.method(), request.pathAndQuery(), request.userAgent(), stalls(route.truth()));
        try {
            Reply reply = busy()
                    ? Reply.abort()
                    : faces.adapt(exchange, faces.redirect(exchange, request).orElseGet(() -> answer(route, request)));
            log.end(entry);
            reply.sendTo(exchange, request.isHead());
        } finally {
            log.end(entry);
            exchange.close();
        }
    }

    /** Waits out the farm's latency; true when the farm closed (or the thread was interrupted) meanwhile. */
    private boolean busy() {
        if (latency.isZero()) {
            return false;
        }
        try {
            return stall.await(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Reply answer(Route route, Request request) {
        try {
            return route.answer(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.abort();
        } catch (RuntimeException e) {
            // A farm bug, not a planted defect: make it loud in the test output, and answer 500.
            LOG.log(System.Logger.Level.ERROR, "site " + site + " failed on " + request.pathAndQuery(), e);
            return Reply.empty(500);
        }
    }

    private static Request request(HttpExchange exchange) {
        URI uri = exchange.getRequestURI();
        String path = Objects.requireNonNullElse(uri.getRawPath(), "/");
        return new Request(
                exchange.getRequestMethod(),
                path.isEmpty() ? "/" : path,
                Objects.requireNonNullElse(uri.getRawQuery(), ""),
                Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("User-Agent"), ""));
    }

    private static boolean stalls(Truth truth) {
        return truth instanceof Truth.Broken broken && broken.kind() == LinkKind.TIMEOUT;
    }
}
