package org.goveval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.goveval.monitor.scan.ScanProgress;
import org.junit.jupiter.api.Test;

/** The progress line's format, and its clock moving on while the scans report nothing; on a clock the test moves. */
class ProgressLineTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ProgressLine line = new ProgressLine(new PrintWriter(text), 2, now::get);

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    /** The last drawing of the line. */
    private String last() {
        String all = text.toString();
        return all.substring(all.lastIndexOf('\r'));
    }

    @Test
    void sumsTheSitesAndShowsTheRateAndTheElapsedTime() {
        advance(Duration.ofSeconds(20));
        line.update(0, new ScanProgress(3, 2, 10, 1, Duration.ofSeconds(20)));
        assertThat(last()).isEqualTo("\rpages 3 (queued 2)  links 10  errors 1  0.5/s  00:00:20 ");
        advance(Duration.ofMillis(3_725_000 - 20_000)); // 1 h 2 min 5 s in all
        line.update(1, new ScanProgress(4, 0, 7435, 2, Duration.ofSeconds(1)));
        assertThat(last()).isEqualTo("\rpages 7 (queued 2)  links 7445  errors 3  2.0/s  01:02:05 ");
    }

    @Test
    void theTimerRedrawsTheLineWhileTheScansReportNothing() throws InterruptedException {
        line.update(0, new ScanProgress(1, 5, 4, 0, Duration.ZERO));
        assertThat(last()).isEqualTo("\rpages 1 (queued 5)  links 4  errors 0  4000.0/s  00:00:00 ");
        advance(Duration.ofSeconds(65)); // a stall: no update comes
        try (ProgressLine.Ticking ticking = line.redrawEvery(Duration.ofMillis(5))) {
            awaitText("00:01:05 ");
        }
        assertThat(last()).isEqualTo("\rpages 1 (queued 5)  links 4  errors 0  0.1/s  00:01:05 ");
    }

    /** Waits for the timer (a virtual thread) to have drawn {@code expected}; fails after 10 s. */
    private void awaitText(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!text.toString().contains(expected)) {
            assertThat(System.nanoTime()).as("a redraw showing " + expected).isLessThan(deadline);
            Thread.sleep(2);
        }
    }
}
