package org.goveval.server.monitoring;

import java.nio.file.Path;
import java.time.Clock;
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
    private final Path data;

    public ServerMonitor(@Value("${goveval.data}") String data) {
        this.data = Path.of(data);
        this.guarded = Monitor.create(MonitorSettings.defaults(), HostResolver.system(), Clock.systemUTC());
        this.demo = Monitor.create(
                MonitorSettings.defaults().withAllowPrivate(true), HostResolver.system(), Clock.systemUTC());
    }

    /** The monitor for a website: the loopback-capable one for demo sites only. */
    public Monitor forWebsite(boolean demoSite) {
        return demoSite ? demo : guarded;
    }

    public Path data() {
        return data;
    }

    @Override
    public void close() {
        guarded.close();
        demo.close();
    }
}
