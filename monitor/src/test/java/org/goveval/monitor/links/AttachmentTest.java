package org.goveval.monitor.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
        "http://x.gov.cn, false",
        "http://x.gov.cn/a.b/c, false",
        "http://x.gov.cn/a/.pdf, true",
        "http://x.gov.cn/file., false",
        "http://x.gov.cn/archive.tar.gz, true",
        "http://x.gov.cn/x.7z, true",
        "http://x.gov.cn/photo.JPEG, true",
        "http://x.gov.cn/abcpdf, false",
        "http://x.gov.cn/a/b.c/d.pptx, true",
        "http://x.gov.cn/a/b.pptxx, false"
    })
    void byTheEndingOfTheLastSegmentInAnyCase(String url, boolean attachment) {
        assertThat(LinkChecker.isAttachment(URI.create(url.replace("通知", "%E9%80%9A%E7%9F%A5"))))
                .isEqualTo(attachment);
    }

    /**
     * The rule stated plainly (the ending after the last dot of the last segment, in any case, is in the list)
     * against the check, which looks only at the last few characters, on generated paths.
     */
    @Test
    void agreesWithThePlainRuleOnGeneratedPaths() {
        String[] pieces = {"/", ".", "a", "pdf", "PDF", "docx", "x", "gz", "tar", "jpeg", "html", "7z", "é"};
        Random random = new Random(20261207);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder path = new StringBuilder("/");
            for (int i = random.nextInt(8); i > 0; i--) {
                path.append(pieces[random.nextInt(pieces.length)]);
            }
            URI url = URI.create("http://x.gov.cn" + path);
            String decoded = url.getPath();
            int dot = decoded.lastIndexOf('.');
            boolean plain = dot > decoded.lastIndexOf('/')
                    && LinkChecker.RESOURCE_ENDINGS.contains(
                            decoded.substring(dot + 1).toLowerCase(Locale.ROOT));
            assertThat(LinkChecker.isAttachment(url)).as(decoded).isEqualTo(plain);
        }
    }
}
