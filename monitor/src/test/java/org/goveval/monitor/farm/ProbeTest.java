package org.goveval.monitor.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.goveval.monitor.Monitor;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Availability probes against the farm: opened, too slow, failed; one request each, never retried. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProbeTest {
    private RunningFarm farm;
    private Monitor monitor;
    private FarmSite site;

    @BeforeAll
    void start() {
        farm = SiteFarm.start(FarmSpec.testFarm().withHang(Duration.ofSeconds(20)), Clock.systemUTC());
        monitor = FarmMonitor.create();
        site = farm.site("defects");
    }

    @AfterAll
    void stop() {
        monitor.close();
        farm.close();
    }

    @Test
    void theHomePageOpens() {
        ProbeResult r = monitor.probe(site.homepage());
        assertThat(r.outcome()).isEqualTo(ProbeOutcome.OPENED);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reason()).isEmpty();
        assertThat(r.latencyMillis()).isLessThan(FarmMonitor.BUDGET.toMillis());
    }

    @Test
    void aPageThatDoesNotAnswerWithinTheLimitIsTooSlowAndAskedOnce() {
        ProbeResult r = monitor.probe(site.url("/slow/hang.html"));
        assertThat(r.outcome()).isEqualTo(ProbeOutcome.TOO_SLOW);
        assertThat(r.reason()).isEqualTo("TIMEOUT");
        assertThat(r.latencyMillis()).isGreaterThanOrEqualTo(FarmMonitor.BUDGET.toMillis());
        assertThat(farm.requestLog().count("defects", "/slow/hang.html")).isEqualTo(1);
    }

    @Test
    void errorsAndDeadHostsFailWithTheirReason() {
        ProbeResult missing = monitor.probe(site.url("/no/such/page.html"));
        assertThat(missing.outcome()).isEqualTo(ProbeOutcome.FAILED);
        assertThat(missing.reason()).isEqualTo("HTTP 404");
        ProbeResult dns = monitor.probe(URI.create("http://www.old-portal.invalid/"));
        assertThat(dns.outcome()).isEqualTo(ProbeOutcome.FAILED);
        assertThat(dns.reason()).isEqualTo("DNS_FAILURE");
    }

    @Test
    void aThrottledProbeIsNotRetried() {
        ProbeResult r = monitor.probe(site.url("/api/busy"));
        assertThat(r.outcome()).isEqualTo(ProbeOutcome.FAILED);
        assertThat(r.reason()).isEqualTo("HTTP 429");
        assertThat(farm.requestLog().count("defects", "/api/busy")).isEqualTo(1);
    }
}
