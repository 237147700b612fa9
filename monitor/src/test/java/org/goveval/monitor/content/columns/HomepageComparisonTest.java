package org.goveval.monitor.content.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HomepageComparisonTest {
    private static final HomepageItem OLD = new HomepageItem("旧闻", "http://x.gov.cn/a.html", "2024-11-01");
    private static final HomepageItem NEW = new HomepageItem("新闻", "http://x.gov.cn/b.html", null);
    private static final HomepageComparison COMPARE = HomepageComparison.twoWeeks();

    private static HomepageSnapshot at(String instant, HomepageItem... items) {
        return new HomepageSnapshot(instant, List.of(items));
    }

    /** A scan on 2024-12-20 whose dates say "not updated" (latest 2024-11-01). */
    private static HomepageUpdates scan(HomepageItem... items) {
        return new HomepageUpdates(false, "2024-11-01", "HOMEPAGE", List.of(), at("2024-12-20T02:00:00Z", items));
    }

    @Test
    void aChangeWithinTwoWeeksProvesAnUpdateEvenWithoutDates() {
        HomepageUpdates judged = COMPARE.compare(List.of(at("2024-12-10T02:00:00Z", OLD)), scan(OLD, NEW));
        assertThat(judged.updatedWithinTwoWeeks()).isTrue();
        assertThat(judged.basis()).isEqualTo("SNAPSHOTS");
        assertThat(judged.latestDate()).isEqualTo("2024-11-01");
    }

    @Test
    void noChangeSinceASnapshotTwoWeeksOldProvesNone() {
        HomepageUpdates current =
                new HomepageUpdates(true, "2024-12-20", "HOMEPAGE", List.of(), at("2024-12-20T02:00:00Z", OLD, NEW));
        HomepageUpdates judged = COMPARE.compare(
                List.of(at("2024-12-06T02:00:00Z", OLD, NEW), at("2024-12-15T02:00:00Z", NEW, OLD)), current);
        assertThat(judged.updatedWithinTwoWeeks()).isFalse();
        assertThat(judged.basis()).isEqualTo("SNAPSHOTS");
    }

    @Test
    void snapshotsThatSettleNothingLeaveTheDatesToDecide() {
        HomepageUpdates current = scan(OLD);
        // unchanged, but only for a few days
        assertThat(COMPARE.compare(List.of(at("2024-12-15T02:00:00Z", OLD)), current))
                .isSameAs(current);
        // changed since a snapshot older than the window: when is unknown
        assertThat(COMPARE.compare(List.of(at("2024-11-01T02:00:00Z", NEW)), current))
                .isSameAs(current);
        // the newest snapshot before the window differs, an older one equals: still unknown
        assertThat(COMPARE.compare(List.of(at("2024-11-01T02:00:00Z", OLD), at("2024-12-01T02:00:00Z", NEW)), current))
                .isSameAs(current);
        assertThat(COMPARE.compare(List.of(), current)).isSameAs(current);
        HomepageUpdates noSnapshot = new HomepageUpdates(null, null, "SECOND_LEVEL", List.of());
        assertThat(COMPARE.compare(List.of(at("2024-11-01T02:00:00Z", OLD)), noSnapshot))
                .isSameAs(noSnapshot);
    }

    @Test
    void aSnapshotAfterTheCurrentOneIsIgnored() {
        HomepageUpdates current = scan(OLD);
        assertThat(COMPARE.compare(List.of(at("2024-12-21T02:00:00Z", NEW)), current))
                .isSameAs(current);
    }
}
