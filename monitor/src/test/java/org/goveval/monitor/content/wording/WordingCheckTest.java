package org.goveval.monitor.content.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.MemoryEvidenceStore;
import org.junit.jupiter.api.Test;

class WordingCheckTest {
    private static final String A = "http://www.example.gov.cn/a.html";
    private static final String B = "http://www.example.gov.cn/b.html";

    private static WordingCheck check(int pagesPerFinding) {
        return check(pagesPerFinding, EvidenceStore.NONE);
    }

    private static WordingCheck check(int pagesPerFinding, EvidenceStore store) {
        WordingSettings defaults = WordingSettings.defaults();
        return new WordingCheck(
                WordingDictionary.starter(),
                new WordingSettings(List.of(), pagesPerFinding, defaults.trustedHostSuffixes(), 3, 6),
                ContentLimits.defaults(),
                store);
    }

    @Test
    void everyCategoryIsFoundOncePerPageWithContextAndSuggestion() throws InterruptedException {
        MemoryEvidenceStore store = new MemoryEvidenceStore();
        ContentResults results = TestPages.run(
                check(20, store),
                store,
                Map.of(),
                TestPages.text(
                        A,
                        "深入学习习近平新时代中国特色社会主意思想。",
                        "请向国土资源部报送材料。国土资源部将统一答复。",
                        "原国家工商行政管理总局已撤销。各级农业部门要做好春耕。",
                        "网友留言：代开发票，电话略。"),
                TestPages.text(B, "紧密团结在以习近平总书记为核心的党中央周围。"));
        assertThat(results.wordingErrors())
                .extracting(h -> h.evidence().url() + " " + h.term() + " " + h.category() + " → " + h.suggestion())
                .containsExactly(
                        A + " 中国特色社会主意 POLITICAL_EXPRESSION → 中国特色社会主义",
                        A + " 代开发票 SENSITIVE → ",
                        A + " 国土资源部 OUTDATED_NAME → 自然资源部",
                        B + " 以习近平总书记为核心的党中央 POLITICAL_EXPRESSION → 以习近平同志为核心的党中央");
        WordingHit outdated = results.wordingErrors().get(2);
        assertThat(outdated.evidence().snippet())
                .isEqualTo("深入学习习近平新时代中国特色社会主意思想。 请向国土资源部报送材料。国土资源部将统一答复。 原国家工商行政管理总局已撤…");
        assertThat(outdated.evidence().status()).isEqualTo(200);
        assertThat(outdated.evidence().fetchedAt()).isEqualTo(TestPages.AT.toString());
        assertThat(store.copy(outdated.evidence().copy())).isPresent();
        assertThat(results.findings())
                .extracting(Finding::code, Finding::severity, f -> f.evidence().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("WORDING_POLITICAL_EXPRESSION", Finding.Severity.VETO, 1),
                        org.assertj.core.groups.Tuple.tuple("WORDING_POLITICAL_EXPRESSION", Finding.Severity.VETO, 1),
                        org.assertj.core.groups.Tuple.tuple("WORDING_OUTDATED_NAME", Finding.Severity.ERROR, 1),
                        org.assertj.core.groups.Tuple.tuple("WORDING_SENSITIVE", Finding.Severity.NEEDS_REVIEW, 1));
        assertThat(results.findings().get(2).message()).isEqualTo("机构名称已过时：“国土资源部”自2018年起应为“自然资源部”，出现在1个页面。");
    }

    @Test
    void aTermOnManyPagesIsOneFindingListingTheFirstPagesInUrlOrder() throws InterruptedException {
        ContentResults results = TestPages.run(
                check(2),
                TestPages.text("http://www.example.gov.cn/c.html", "一国两治"),
                TestPages.text(A, "一国两治"),
                TestPages.text("http://www.example.gov.cn/d.html", "一国两治"),
                TestPages.text(B, "一国两治"));
        assertThat(results.wordingErrors()).extracting(h -> h.evidence().url()).containsExactly(A, B);
        assertThat(results.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("严重表述错误：“一国两治”应为“一国两制”，出现在4个页面（列出前2个）。");
            assertThat(finding.evidence()).extracting(Evidence::url).containsExactly(A, B);
            assertThat(finding.evidence()).extracting(Evidence::copy).containsOnlyNulls();
        });
    }

    @Test
    void linkedPagesAndCorrectTextAreNotReported() throws InterruptedException {
        ContentResults results = TestPages.run(
                check(20),
                TestPages.linked(A, "<p>一国两治</p>"),
                TestPages.text(
                        B,
                        "坚持和发展中国特色社会主义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
                        "以习近平同志为核心的党中央。国家市场监督管理总局、国家药品监督管理局、自然资源部。",
                        "2018年国务院机构改革后，原国家工商行政管理总局的职责划入国家市场监督管理总局。"));
        assertThat(results.wordingErrors()).isEmpty();
        assertThat(results.findings()).isEmpty();
    }
}
