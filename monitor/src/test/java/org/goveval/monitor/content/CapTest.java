package org.goveval.monitor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CapTest {
    private static final URI SITE = URI.create("http://www.example.gov.cn/");
    private static final Instant AT = Instant.parse("2024-12-20T02:00:00Z");

    @Test
    void takesUpToTheLimitThenCountsWhatItRefuses() {
        Cap cap = new Cap("messages", "读取的公开留言", 3);
        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(cap.tryTake());
        }
        assertThat(answers).containsExactly(true, true, true, false, false);
        assertThat(cap.taken()).isEqualTo(3);
        assertThat(cap.dropped()).isEqualTo(2);
        assertThat(cap.reached()).isTrue();
        assertThat(cap.limit()).isEqualTo(3);
        assertThat(cap).hasToString("messages 3/3, dropped 2");
    }

    @Test
    void aCapFilledExactlyIsNotReached() {
        Cap cap = new Cap("images", "判断替代文本的图片", 2);
        assertThat(cap.tryTake()).isTrue();
        assertThat(cap.tryTake()).isTrue();
        assertThat(cap.reached()).isFalse();
        assertThat(cap.dropped()).isZero();
        assertThat(cap.finding("functions", "其余图片未判断", SITE, AT)).isEmpty();
    }

    @Test
    void aZeroCapKeepsNothingAndANegativeOneIsRejected() {
        Cap none = new Cap("images", "图片", 0);
        assertThat(none.tryTake()).isFalse();
        assertThat(none.taken()).isZero();
        assertThat(none.dropped()).isEqualTo(1);
        assertThatThrownBy(() -> new Cap("images", "图片", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must not be negative: -1");
    }

    @Test
    void theFindingNamesTheCheckTheLimitAndWhatWasDropped() {
        Cap cap = new Cap("pageSummaries", "栏目判断保留的页面摘要", 1);
        cap.tryTake();
        cap.tryTake();
        cap.tryTake();
        Finding finding = cap.finding("columns", "其余页面未计入", SITE, AT).orElseThrow();
        assertThat(finding.check()).isEqualTo("columns");
        assertThat(finding.code()).isEqualTo(Cap.LIMIT_REACHED).isEqualTo("LIMIT_REACHED");
        assertThat(finding.severity()).isEqualTo(Finding.Severity.NEEDS_REVIEW);
        assertThat(finding.message())
                .isEqualTo(
                        "检查“columns”达到上限 pageSummaries=1（栏目判断保留的页面摘要），另有 2 项未保留：其余页面未计入，" + "该部分结果只覆盖了网站的一部分，需人工核查。");
        assertThat(finding.evidence())
                .containsExactly(
                        new Evidence(SITE.toString(), AT.toString(), null, "pageSummaries=1, dropped 2", null));
    }

    @Test
    void threadsTogetherNeverTakeMoreThanTheLimit() throws InterruptedException {
        Cap cap = new Cap("attachments", "附件", 1_000);
        int threads = 8;
        int each = 500;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicInteger granted = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            Thread.ofVirtual().start(() -> {
                try {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        if (cap.tryTake()) {
                            granted.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        start.countDown();
        done.await();
        assertThat(granted).hasValue(1_000);
        assertThat(cap.taken()).isEqualTo(1_000);
        assertThat(cap.dropped()).isEqualTo(threads * each - 1_000);
    }
}
