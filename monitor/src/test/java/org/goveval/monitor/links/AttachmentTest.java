package org.goveval.monitor.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which URLs are checked as files (HEAD first) and never crawled: by the ending of the last path segment. */
class AttachmentTest {
    @ParameterizedTest
    @CsvSource({
        "http://x.gov.cn/files/2024/通知.pdf, true",
        "http://x.gov.cn/FILES/REPORT.PDF, true",
        "http://x.gov.cn/a/b.DocX, true",
        "http://x.gov.cn/a/%E9%99%84%E4%BB%B6.xls?download=1, true",
        "http://x.gov.cn/img/logo.png#top, true",
        "http://x.gov.cn/a.pdf/view, false",
        "http://x.gov.cn/art/2024/12/20/art_123_456.html, false",
        "http://x.gov.cn/col/col123/, false",
        "http://x.gov.cn/download.pdfx, false",
        "http://x.gov.cn/, false",
        "http://x.gov.cn, false"
    })
    void byTheEndingOfTheLastSegmentInAnyCase(String url, boolean attachment) {
        assertThat(LinkChecker.isAttachment(URI.create(url.replace("通知", "%E9%80%9A%E7%9F%A5"))))
                .isEqualTo(attachment);
    }
}
