package org.goveval.monitor.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures of the content checks themselves (a bug meeting an odd page, a disk that cannot take an evidence
 * copy). They must not cost the scan its link report, so each is caught, counted per check, and reported as a
 * finding that a person must look at; the first failure of each check is kept with its page.
 */
final class CheckFailures {
    private record First(String page, String at, String problem) {}

    private final Map<String, First> first = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void failed(String check, String page, java.time.Instant at, RuntimeException e) {
        counts.computeIfAbsent(check, c -> new AtomicInteger()).incrementAndGet();
        first.putIfAbsent(check, new First(page, at.toString(), e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    /** One NEEDS_REVIEW finding per check that failed: that part of the report is incomplete. */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        counts.keySet().stream().sorted().forEach(check -> {
            First f = first.get(check);
            findings.add(new Finding(
                    check,
                    "CHECK_FAILED",
                    Finding.Severity.NEEDS_REVIEW,
                    "检查“" + check + "”出错 " + counts.get(check).get() + " 次，该部分结果不完整，需人工核查（首次：" + f.problem() + "）。",
                    List.of(new Evidence(f.page(), f.at(), null, f.problem(), null))));
        });
        return findings;
    }
}
