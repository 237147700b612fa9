package org.goveval.monitor.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.goveval.monitor.links.Soft404Detector.MissingAnswer;
import org.goveval.monitor.links.Soft404Detector.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Soft404DetectorTest {
    private static final URI HOME = URI.create("http://x.gov.cn/");
    private static final String ARTICLE = ("关于印发《2024年政务公开工作要点》的通知 各区县人民政府，市政府各部门：现将《2024年政务公开工作要点》印发给你们，"
                    + "请结合实际认真贯彻落实。一、深化重点领域信息公开 二、加强政策解读回应 三、优化政务服务 ")
            .repeat(12);
    private static final String TEMPLATE = "某某市人民政府 首页 政务公开 政务服务 互动交流 抱歉，找不到相关内容，请检查地址后重试。 主办单位：某某市人民政府办公室 ".repeat(8);

    private static PageText page(String url, String title, String text) {
        return new PageText(URI.create(url), title, text);
    }

    private static boolean judge(Soft404Detector detector, PageText page) {
        return detector.isSoft404(page, page.finalUri(), false);
    }

    private static MissingAnswer realError() {
        return new MissingAnswer(true, Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            页面不存在                 | 对不起，您访问的页面不存在。返回首页
            提示信息                   | 对不起，您访问的页面已删除或不存在！
            404 Not Found             | nginx
            某某市人民政府              | 该信息已删除
            """)
    void recognisesNotFoundPhrases(String title, String text) {
        assertThat(judge(new Soft404Detector(uri -> realError()), page("http://x.gov.cn/a.html", title, text)))
                .isTrue();
    }

    /**
     * A page is short up to 600 characters not counting white space; the phrase is found across white space
     * and in any case.
     */
    @ParameterizedTest
    @CsvSource({"588, true", "589, false"})
    void aShortPageIsUpTo600CharactersWithoutWhiteSpace(int filler, boolean soft404) {
        String text = "通知\n".repeat(filler / 2) + "页".repeat(filler % 2) + " Page\tNot   FOUND ";
        assertThat(text.replaceAll("\\s", "")).hasSize(filler + "PageNotFOUND".length()); // 600, then 601

        assertThat(judge(new Soft404Detector(uri -> realError()), page("http://x.gov.cn/a.html", "提示", text)))
                .isEqualTo(soft404);
    }

    @Test
    void anArticleMentioningThePhraseIsNotASoft404() {
        String text = ARTICLE + "如出现页面不存在的情况，请联系网站管理员。";
        assertThat(judge(new Soft404Detector(uri -> realError()), page("http://x.gov.cn/a.html", "政务公开工作要点", text)))
                .isFalse();
    }

    @Test
    void aPageLikeTheSitesAnswerForAMissingUrlIsASoft404() {
        List<URI> asked = new CopyOnWriteArrayList<>();
        Soft404Detector detector = new Soft404Detector(uri -> {
            asked.add(uri);
            return new MissingAnswer(true, Optional.of(page(uri.toString(), "某某市人民政府", TEMPLATE)));
        });
        assertThat(judge(detector, page("http://x.gov.cn/old.html", "某某市人民政府", TEMPLATE)))
                .isTrue();
        assertThat(judge(detector, page("http://x.gov.cn/real.html", "要点", ARTICLE)))
                .isFalse();
        assertThat(judge(detector, page("http://x.gov.cn:8080/a/b.html?id=1", "要点", ARTICLE)))
                .isFalse();
        // once per host (scheme, host and port), the same random name on each
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).toString()).matches("http://x\\.gov\\.cn/goveval-missing-[0-9a-f]{16}\\.html");
        assertThat(asked.get(1).toString()).isEqualTo(asked.get(0).toString().replace("x.gov.cn/", "x.gov.cn:8080/"));
    }

    @Test
    void aRealArticleOnASiteThatAnswersMissingPagesWith404IsFine() {
        assertThat(judge(new Soft404Detector(uri -> realError()), page("http://x.gov.cn/real.html", "要点", ARTICLE)))
                .isFalse();
    }

    /** Many sites send every missing URL to the home page: the home page itself must not be condemned for it. */
    @Test
    void theHomePageIsJudgedByItsOwnWordsOnly() {
        Soft404Detector detector =
                new Soft404Detector(uri -> new MissingAnswer(true, Optional.of(page(HOME.toString(), "首页", ARTICLE))));
        PageText home = page(HOME.toString(), "首页", ARTICLE);
        assertThat(detector.isSoft404(home, HOME, true)).isFalse();
        // a page that was not redirected is not condemned by the redirect rule either
        assertThat(detector.isSoft404(
                        page("http://x.gov.cn/about.html", "概况", TEMPLATE),
                        URI.create("http://x.gov.cn/about.html"),
                        false))
                .isFalse();
    }

    @Test
    void aLinkRedirectedWhereMissingUrlsGoIsASoft404() {
        Soft404Detector detector =
                new Soft404Detector(uri -> new MissingAnswer(true, Optional.of(page(HOME.toString(), "首页", ARTICLE))));
        assertThat(detector.isSoft404(
                        page(HOME.toString(), "首页", ARTICLE), URI.create("http://x.gov.cn/deleted.html"), false))
                .isTrue();
    }

    @Test
    void aFailedProbeIsTriedAgainLater() {
        AtomicInteger probes = new AtomicInteger();
        Soft404Detector detector = new Soft404Detector(uri -> probes.incrementAndGet() == 1
                ? MissingAnswer.failed()
                : new MissingAnswer(true, Optional.of(page(uri.toString(), "某某市人民政府", TEMPLATE))));
        PageText stale = page("http://x.gov.cn/old.html", "某某市人民政府", TEMPLATE);
        assertThat(judge(detector, stale)).isFalse(); // nothing learnt from the failed probe
        assertThat(judge(detector, stale)).isTrue();
        assertThat(judge(detector, stale)).isTrue();
        assertThat(probes).hasValue(2);
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

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "页面 不存在", "a\tb\nc\u000Bd\fe\rf", "\u3000首页\u00A0x", "nothing"})
    void removesWhiteSpaceAsTheRegexDid(String text) {
        assertThat(Soft404Detector.withoutSpace(text)).isEqualTo(text.replaceAll("\\s+", ""));
    }

    @Test
    void keepsTheFirstCharactersWithoutWhiteSpaceOfAHugeText() {
        String text = "通知 公告\n".repeat(100_000);
        assertThat(Soft404Detector.withoutSpace(text, 7)).isEqualTo("通知公告通知公");
        assertThat(Soft404Detector.withoutSpace("通知公告", 2)).isEqualTo("通知");
        assertThat(Soft404Detector.withoutSpace("通知", 20)).isEqualTo("通知");
    }
}
