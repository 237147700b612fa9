package org.goveval.monitor.probe;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies the State Council availability rule to probes: a window of at least {@code minDays} days, at least
 * {@code minProbesPerDay} probes on each, and a failure share at or above {@code vetoShare} vetoes the site.
 * Days are counted in the given zone (China Standard Time for Chinese sites).
 */
public record AvailabilityRule(int minDays, int minProbesPerDay, double vetoShare, ZoneId zone) {
    public AvailabilityRule {
        if (minDays < 1 || minProbesPerDay < 1 || vetoShare <= 0 || vetoShare > 1) {
            throw new IllegalArgumentException("invalid availability rule: " + minDays + " days, " + minProbesPerDay
                    + " probes a day, share " + vetoShare);
        }
    }

    /** A week, 20 probes a day, 5 %: 国办秘函〔2019〕19号. */
    public static AvailabilityRule stateCouncil() {
        return new AvailabilityRule(7, 20, 0.05, ZoneId.of("Asia/Shanghai"));
    }

    /**
     * The probes of the {@code minDays} whole days before {@code now}'s day, counted in the rule's zone: the
     * window the rule judges. Today is left out, being partly over: it would count as a day with too few
     * probes and leave the verdict to a person until its evening.
     */
    public List<ProbeResult> lastWholeDays(List<ProbeResult> probes, java.time.Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        java.time.Instant from = today.minusDays(minDays).atStartOfDay(zone).toInstant();
        java.time.Instant to = today.atStartOfDay(zone).toInstant();
        return probes.stream()
                .filter(p -> !p.at().isBefore(from) && p.at().isBefore(to))
                .toList();
    }

    public AvailabilityVerdict evaluate(List<ProbeResult> probes) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        int failures = 0;
        for (ProbeResult p : probes) {
            perDay.merge(LocalDate.ofInstant(p.at(), zone), 1, Integer::sum);
            if (p.outcome().isFailure()) {
                failures++;
            }
        }
        List<LocalDate> thin = new ArrayList<>();
        if (!perDay.isEmpty()) {
            LocalDate first = ((TreeMap<LocalDate, Integer>) perDay).firstKey();
            LocalDate last = ((TreeMap<LocalDate, Integer>) perDay).lastKey();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (perDay.getOrDefault(d, 0) < minProbesPerDay) {
                    thin.add(d);
                }
            }
        }
        boolean sufficient = perDay.size() >= minDays && thin.isEmpty();
        double share = probes.isEmpty() ? 0 : (double) failures / probes.size();
        return new AvailabilityVerdict(
                probes.size(), failures, share, thin, sufficient, sufficient && share >= vetoShare);
    }
}
