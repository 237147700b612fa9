package org.goveval.monitor.politeness;

import java.time.Duration;

/**
 * What the gate has seen of one host so far, for tests and metrics.
 *
 * @param admitted requests let through since the gate was created
 * @param inFlight requests holding a permit now
 * @param maxInFlight the most requests that held a permit at the same time
 * @param waiting requests blocked in {@link PolitenessGate#enter} now
 * @param delay the spacing of request starts now in force: the settings' minimum, or a capped Crawl-delay
 */
public record HostStats(long admitted, int inFlight, int maxInFlight, int waiting, Duration delay) {}
