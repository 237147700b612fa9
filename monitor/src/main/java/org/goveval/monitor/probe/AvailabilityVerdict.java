package org.goveval.monitor.probe;

import java.time.LocalDate;
import java.util.List;

/**
 * The availability of a site over a window, by the State Council rule (国办秘函〔2019〕19号, 单项否决: 站点无法访问):
 * over at least a week with at least 20 probes a day, 5 % or more of the probes fail.
 *
 * @param failureShare failed probes / probes, 0 when there were none
 * @param thinDays days of the window with fewer probes than the rule asks for
 * @param sufficient whether the window is long enough and every day has enough probes to apply the rule
 * @param vetoed whether the rule's veto applies (only ever true when {@code sufficient})
 */
public record AvailabilityVerdict(
        int probes, int failures, double failureShare, List<LocalDate> thinDays, boolean sufficient, boolean vetoed) {
    public AvailabilityVerdict {
        thinDays = List.copyOf(thinDays);
    }
}
