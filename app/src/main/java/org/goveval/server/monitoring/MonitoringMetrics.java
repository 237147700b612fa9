package org.goveval.server.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.springframework.stereotype.Component;

/**
 * The monitoring's Micrometer meters beside the scan runner's own: probes by outcome and their latency (what a
 * supervisor alerts on when a whole hosting platform goes down), and, read from the shared database at each
 * scrape so that every node reports the cluster's figure, the scans waiting and the websites watched.
 */
@Component
public class MonitoringMetrics {
    private final Map<ProbeOutcome, Counter> probes = new EnumMap<>(ProbeOutcome.class);
    private final Timer latency;

    public MonitoringMetrics(MeterRegistry registry, Scans scans, MonitoringWindow window) {
        for (ProbeOutcome outcome : ProbeOutcome.values()) {
            probes.put(
                    outcome,
                    Counter.builder("goveval.probes")
                            .description("availability probes made on this node")
                            .tag("outcome", outcome.name())
                            .register(registry));
        }
        this.latency = Timer.builder("goveval.probe.latency")
                .description("time to open the home page, probes that got an answer")
                .register(registry);
        Gauge.builder("goveval.scans.queued", scans, s -> s.count(ScanState.QUEUED))
                .description("scans waiting for a node, all nodes")
                .register(registry);
        Gauge.builder("goveval.websites.watched", window, w -> w.websites().size())
                .description("websites of campaigns collecting today")
                .register(registry);
    }

    void probed(ProbeResult probe) {
        probes.get(probe.outcome()).increment();
        if (probe.status() > 0) { // a failure without an answer has no latency worth averaging
            latency.record(Duration.ofMillis(probe.latencyMillis()));
        }
    }
}
