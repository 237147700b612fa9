package org.goveval.monitor.content.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goveval.monitor.content.ContentFixtures.limits;

import java.util.List;
import java.util.Map;
import org.goveval.monitor.content.Cap;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.MemoryEvidenceStore;
import org.junit.jupiter.api.Test;

/** The wording, hidden-link and poisoned-link checks on a site larger than their limits. */
class WordingLimitsTest {
    private static final String SITE = TestPages.SITE;

    private static List<Finding> limitFindings(ContentResults results) {
        return results.findings().stream()
                .filter(f -> f.code().equals(Cap.LIMIT_REACHED))
                .toList();
    }

    private static String head(Finding finding) {
        return finding.message().substring(0, finding.message().indexOf('：'));
    }

    private static ContentResults wording(ContentLimits limits) throws InterruptedException {
        WordingCheck check =
                new WordingCheck(WordingDictionary.starter(), WordingSettings.defaults(), limits, EvidenceStore.NONE);
        return TestPages.run(
                check,
                TestPages.text(SITE + "a.html", "一国两治"),
                TestPages.text(SITE + "b.html", "一国两治"),
                TestPages.text(SITE + "c.html", "一国两治"),
                TestPages.text(SITE + "d.html", "请向国土资源部报送。"));
    }

    @Test
    void wordingListsEachTermsFirstPageAndFurtherPagesWhileTheHitsLast() throws InterruptedException {
        ContentResults results = wording(limits("wordingHits", 1));
        // 一国两治: a (its first page), b (the one hit allowed); c counted but not listed. 国土资源部: d, its first.
        assertThat(results.wordingErrors())
                .extracting(h -> h.evidence().url() + " " + h.term())
                .containsExactly(SITE + "a.html 一国两治", SITE + "b.html 一国两治", SITE + "d.html 国土资源部");
        assertThat(results.findings())
                .filteredOn(f -> f.code().equals("WORDING_POLITICAL_EXPRESSION"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("严重表述错误：“一国两治”应为“一国两制”，出现在3个页面（列出前2个）。"));
        assertThat(limitFindings(results)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo("wording");
            assertThat(head(f)).isEqualTo("检查“wording”达到上限 wordingHits=1（每个词语第一个页面之外列出证据的页面），另有 1 项未保留");
        });
    }

    @Test
    void wordingAtTheLimitIsTheUnlimitedReport() throws InterruptedException {
        ContentResults limited = wording(limits("wordingHits", 2));
        ContentResults unlimited = wording(ContentLimits.defaults());
        assertThat(limitFindings(limited)).isEmpty();
        assertThat(limited.wordingErrors()).hasSize(4).isEqualTo(unlimited.wordingErrors());
        assertThat(limited.findings()).isEqualTo(unlimited.findings());
    }

    @Test
    void theHitsListedCarryTheCopyStoredWhenThePageWasSeen() throws InterruptedException {
        MemoryEvidenceStore store = new MemoryEvidenceStore();
        WordingCheck check = new WordingCheck(
                WordingDictionary.starter(), WordingSettings.defaults(), ContentLimits.defaults(), store);
        check.observer().page(TestPages.text(SITE + "a.html", "一国两治"));
        assertThat(store.copies()).hasSize(1); // stored while the page was seen
        ContentResults results = new ContentResults();
        check.finish(TestPages.context(EvidenceStore.NONE, Map.of()), results);
        assertThat(store.copy(results.wordingErrors().getFirst().evidence().copy()))
                .isPresent();
    }

    private static CrawledPage hiding(String page, int targets) {
        StringBuilder html = new StringBuilder("<html><body><div style=\"display:none\">");
        for (int i = 1; i <= targets; i++) {
            html.append("<a href=\"http://spam.example.com/").append(i).append("\">x</a>");
        }
        return TestPages.crawled(page, html.append("</div></body></html>").toString());
    }

    @Test
    void hiddenLinksKeepTheFirstTargetsAndCountEveryPageOfTheOthers() throws InterruptedException {
        HiddenLinkCheck check =
                new HiddenLinkCheck(WordingSettings.defaults(), limits("hiddenLinks", 2), EvidenceStore.NONE);
        ContentResults results = TestPages.run(check, hiding(SITE + "a.html", 3), hiding(SITE + "b.html", 3));
        assertThat(results.hiddenLinks())
                .extracting(h -> h.url() + " " + h.pageCount())
                .containsExactly("http://spam.example.com/1 2", "http://spam.example.com/2 2");
        assertThat(limitFindings(results))
                .singleElement()
                .satisfies(f -> assertThat(head(f)).isEqualTo("检查“hiddenLinks”达到上限 hiddenLinks=2（暗链目标），另有 2 项未保留"));
    }

    @Test
    void hiddenLinksAtTheLimitAreAllReported() throws InterruptedException {
        HiddenLinkCheck check =
                new HiddenLinkCheck(WordingSettings.defaults(), limits("hiddenLinks", 3), EvidenceStore.NONE);
        ContentResults results = TestPages.run(check, hiding(SITE + "a.html", 3), hiding(SITE + "b.html", 3));
        assertThat(results.hiddenLinks()).hasSize(3);
        assertThat(limitFindings(results)).isEmpty();
    }

    private static ContentResults poisoned(ContentLimits limits) throws InterruptedException {
        PoisonedLinkCheck check = new PoisonedLinkCheck(
                WordingDictionary.starter(), WordingSettings.defaults(), limits, EvidenceStore.NONE);
        return TestPages.run(
                check,
                TestPages.linked("http://a.example.com/", "<title>澳门娱乐城</title><p>百家乐 六合彩</p>"),
                TestPages.linked("http://b.example.com/", "<title>澳门娱乐城</title><p>百家乐 六合彩</p>"),
                TestPages.linked("http://c.example.com/", "<title>澳门娱乐城</title><p>百家乐 六合彩</p>"));
    }

    @Test
    void poisonedLinksKeepTheFirstCandidates() throws InterruptedException {
        ContentResults results = poisoned(limits("poisonedLinks", 1));
        assertThat(results.poisonedLinks()).extracting(p -> p.url()).containsExactly("http://a.example.com/");
        assertThat(limitFindings(results))
                .singleElement()
                .satisfies(f -> assertThat(head(f))
                        .isEqualTo("检查“poisonedLinks”达到上限 poisonedLinks=1（判断为赌博或色情的外部链接页面），另有 2 项未保留"));
        ContentResults atTheLimit = poisoned(limits("poisonedLinks", 3));
        assertThat(atTheLimit.poisonedLinks()).hasSize(3);
        assertThat(limitFindings(atTheLimit)).isEmpty();
    }
}
