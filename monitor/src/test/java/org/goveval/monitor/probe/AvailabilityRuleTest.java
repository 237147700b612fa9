package org.goveval.monitor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvailabilityRuleTest {
    private static final URI HOME = URI.create("http://www.x.gov.cn/");
    /** 2026-11-02 00:00 in Beijing. */
    private static final Instant MONDAY = Instant.parse("2026-11-01T16:00:00Z");

    /** {@code days} days of {@code perDay} probes each, evenly spaced; the first {@code failures} fail. */
    private static List<ProbeResult> probes(int days, int perDay, int failures) {
        List<ProbeResult> list = new ArrayList<>();
        Duration step = Duration.ofDays(1).dividedBy(perDay);
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < perDay; i++) {
                Instant at = MONDAY.plus(Duration.ofDays(d)).plus(step.multipliedBy(i));
                boolean fail = list.size() < failures;
                list.add(new ProbeResult(
                        HOME,
                        at,
                        fail ? ProbeOutcome.TOO_SLOW : ProbeOutcome.OPENED,
                        fail ? 15000 : 300,
                        fail ? 0 : 200,
                        fail ? "TIMEOUT" : ""));
            }
        }
        return list;
    }

    /** 7 days × 20 probes = 140; 5 % is 7 failures. */
    @ParameterizedTest(name = "{0} days × {1}, {2} failures")
    @CsvSource({
        "7,20,6,true,false,0.04285714285714286",
        "7,20,7,true,true,0.05",
        "7,24,9,true,true,0.05357142857142857",
        "6,24,30,false,false,0.20833333333333334",
        "7,19,0,false,false,0.0",
    })
    void appliesTheStateCouncilRule(
            int days, int perDay, int failures, boolean sufficient, boolean vetoed, double share) {
        AvailabilityVerdict verdict = AvailabilityRule.stateCouncil().evaluate(probes(days, perDay, failures));
        assertThat(verdict.probes()).isEqualTo(days * perDay);
        assertThat(verdict.failures()).isEqualTo(failures);
        assertThat(verdict.failureShare()).isEqualTo(share);
        assertThat(verdict.sufficient()).isEqualTo(sufficient);
        assertThat(verdict.vetoed()).isEqualTo(vetoed);
    }

    @org.junit.jupiter.api.Test
    void namesTheDaysWithTooFewProbes() {
        List<ProbeResult> list = new ArrayList<>(probes(8, 20, 0));
        list.removeIf(p -> p.at().isAfter(MONDAY.plus(Duration.ofDays(3)))
                && p.at().isBefore(MONDAY.plus(Duration.ofDays(3).plusHours(3))));
        AvailabilityVerdict verdict = AvailabilityRule.stateCouncil().evaluate(list);
        assertThat(verdict.thinDays()).containsExactly(LocalDate.of(2026, 11, 5));
        assertThat(verdict.sufficient()).isFalse();
    }

    /** The window is the 7 whole Beijing days before now's day: its first instant in, today's midnight out. */
    @org.junit.jupiter.api.Test
    void lastWholeDaysAreTheSevenBeijingDaysBeforeToday() {
        List<ProbeResult> nine = probes(9, 1, 0); // one probe at each Beijing midnight, MONDAY on
        Instant now = MONDAY.plus(Duration.ofDays(8)).plus(Duration.ofHours(5)); // day 8, 05:00 Beijing

        List<ProbeResult> window = AvailabilityRule.stateCouncil().lastWholeDays(nine, now);

        assertThat(window)
                .extracting(ProbeResult::at)
                .containsExactly(
                        MONDAY.plus(Duration.ofDays(1)),
                        MONDAY.plus(Duration.ofDays(2)),
                        MONDAY.plus(Duration.ofDays(3)),
                        MONDAY.plus(Duration.ofDays(4)),
                        MONDAY.plus(Duration.ofDays(5)),
                        MONDAY.plus(Duration.ofDays(6)),
                        MONDAY.plus(Duration.ofDays(7)));
    }
}
