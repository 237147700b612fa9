package org.goveval.monitor.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Soft404DetectorTest {
    private static final URI PROBE = URI.create("http://x.gov.cn/goveval-missing-1.html");
    private static final String ARTICLE = ("关于印发《2024年政务公开工作要点》的通知 各区县人民政府，市政府各部门：现将《2024年政务公开工作要点》印发给你们，"
                    + "请结合实际认真贯彻落实。一、深化重点领域信息公开 二、加强政策解读回应 三、优化政务服务 ")
            .repeat(12);

    private static Soft404Detector.PageText page(String url, String title, String text) {
        return new Soft404Detector.PageText(URI.create(url), title, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            页面不存在                 | 对不起，您访问的页面不存在。返回首页
            提示信息                   | 对不起，您访问的页面已删除或不存在！
            404 Not Found             | nginx
            某某市人民政府              | 该信息已删除
            """)
    void recognisesNotFoundPhrases(String title, String text) {
        Soft404Detector detector = new Soft404Detector(uri -> Optional.empty());
        assertThat(detector.isSoft404(page("http://x.gov.cn/a.html", title, text), PROBE))
                .isTrue();
    }

    @Test
    void anArticleMentioningThePhraseIsNotASoft404() {
        Soft404Detector detector = new Soft404Detector(uri -> Optional.empty());
        String text = ARTICLE + "如出现页面不存在的情况，请联系网站管理员。";
        assertThat(detector.isSoft404(page("http://x.gov.cn/a.html", "政务公开工作要点", text), PROBE))
                .isFalse();
    }

    @Test
    void aPageLikeTheSitesAnswerForAMissingUrlIsASoft404() {
        AtomicInteger probes = new AtomicInteger();
        String template = "某某市人民政府 首页 政务公开 政务服务 互动交流 抱歉，找不到相关内容，请检查地址后重试。 主办单位：某某市人民政府办公室 ".repeat(8);
        Soft404Detector detector = new Soft404Detector(uri -> {
            probes.incrementAndGet();
            return Optional.of(page(uri.toString(), "某某市人民政府", template));
        });
        assertThat(detector.isSoft404(page("http://x.gov.cn/old.html", "某某市人民政府", template), PROBE))
                .isTrue();
        assertThat(detector.isSoft404(page("http://x.gov.cn/real.html", "要点", ARTICLE), PROBE))
                .isFalse();
        assertThat(probes).hasValue(1); // once per host
    }

    @Test
    void aRealArticleOnASiteThatAnswersMissingPagesWith404IsFine() {
        Soft404Detector detector = new Soft404Detector(uri -> Optional.empty());
        assertThat(detector.isSoft404(page("http://x.gov.cn/real.html", "要点", ARTICLE), PROBE))
                .isFalse();
    }

    @Test
    void similarityOfShingles() {
        assertThat(Soft404Detector.jaccard(Soft404Detector.shingles("abcdef"), Soft404Detector.shingles("abcdef")))
                .isEqualTo(1.0);
        assertThat(Soft404Detector.jaccard(Soft404Detector.shingles("abcdef"), Soft404Detector.shingles("uvwxyz")))
                .isEqualTo(0.0);
        // abcd bcde cdef vs abcd bcde cdeg: 2 common of 4
        assertThat(Soft404Detector.jaccard(Soft404Detector.shingles("abcdef"), Soft404Detector.shingles("abcdeg")))
                .isEqualTo(0.5);
    }
}
