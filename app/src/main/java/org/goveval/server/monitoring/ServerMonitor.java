package org.goveval.server.monitoring;

import java.time.Clock;
import java.time.Duration;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.MonitorSettings;
import org.goveval.monitor.net.HostResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The monitors of this node: one with the SSRF guard on, for real targets, and one that may reach loopback,
 * only for the demo farm's sites. Both share nothing else; each keeps its own politeness per host.
 */
@Component
public class ServerMonitor implements AutoCloseable {
    private final Monitor guarded;
    private final Monitor demo;

    /**
     * @param checkpointEvery how often a running scan saves its checkpoint to the database (the monitor's default,
     *     30 s: a revived scan loses at most that much work; tests shorten it to kill a node after a save)
     */
    public ServerMonitor(@Value("${goveval.scans.checkpoint-every:PT30S}") Duration checkpointEvery) {
        MonitorSettings settings = MonitorSettings.defaults();
        settings = settings.withScan(settings.scan().withCheckpointInterval(checkpointEvery));
        this.guarded = Monitor.create(settings, HostResolver.system(), Clock.systemUTC());
        this.demo = Monitor.create(settings.withAllowPrivate(true), HostResolver.system(), Clock.systemUTC());
    }

    /** The monitor for a website: the loopback-capable one for demo sites only. */
    public Monitor forWebsite(boolean demoSite) {
        return demoSite ? demo : guarded;
    }

    @Override
    public void close() {
        guarded.close();
        demo.close();
    }
}
