package org.goveval.monitor.content.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.goveval.monitor.content.ContentLimits;
import org.goveval.monitor.content.ContentResults;
import org.goveval.monitor.content.CrawledPage;
import org.goveval.monitor.content.EvidenceStore;
import org.goveval.monitor.content.Finding;
import org.junit.jupiter.api.Test;

class PoisonedLinkCheckTest {
    private static final String HOME = TestPages.SITE;

    private static CrawledPage page(String url, String title, String keywords, String body) {
        return TestPages.linked(
                url,
                "<html><head><title>" + title + "</title><meta name=\"Keywords\" content=\"" + keywords
                        + "\"></head><body><p>" + body + "</p></body></html>");
    }

    private static ContentResults run(CrawledPage... pages) throws InterruptedException {
        return TestPages.run(
                new PoisonedLinkCheck(
                        WordingDictionary.starter(),
                        WordingSettings.defaults(),
                        ContentLimits.defaults(),
                        EvidenceStore.NONE),
                EvidenceStore.NONE,
                Map.of("http://a.example.com/", List.of(HOME), "http://d.example.com/", List.of(HOME + "x.html")),
                pages);
    }

    @Test
    void pagesAreJudgedByDistinctTermsWithOneInTheHeadOrManyInTheText() throws InterruptedException {
        ContentResults results = run(
                // gambling: 3 distinct terms, one in the title
                page("http://a.example.com/", "澳门娱乐城", "", "百家乐 六合彩 百家乐"),
                // 2 distinct terms only: a mention, not a gambling site
                page("http://b.example.com/", "娱乐城", "", "百家乐"),
                // 3 distinct terms but none in the head: not enough
                page("http://c.example.com/", "旅游资讯", "", "博彩 百家乐 六合彩"),
                // pornography: 6 distinct terms in the text alone
                page("http://d.example.com/", "首页", "", "色情 成人视频 裸聊 一夜情 约炮 激情视频"),
                // meta keywords count as the head; Latin letters in any case
                page("http://e.example.com/", "欢迎", "av女优,无码", "成人网站"),
                // a lottery outlet is allowed text; the state lottery is not gambling vocabulary
                page("http://f.example.com/", "中国福利彩票", "投注站", "体育彩票 投注站 开奖公告"),
                // a crawled page of the site is not a linked page; a linked page of the site itself is not a link out
                TestPages.crawled("http://g.example.com/", "<title>娱乐城</title><p>百家乐 六合彩</p>"),
                page(HOME + "deep.html", "娱乐城", "", "百家乐 六合彩"));
        assertThat(results.poisonedLinks())
                .extracting(p -> p.url() + " " + p.category() + " " + p.terms() + " " + p.sourcePages())
                .containsExactly(
                        "http://a.example.com/ GAMBLING [六合彩, 娱乐城, 百家乐] [" + HOME + "]",
                        "http://d.example.com/ PORNOGRAPHY [一夜情, 成人视频, 激情视频, 约炮, 色情, 裸聊] [" + HOME + "x.html]",
                        "http://e.example.com/ PORNOGRAPHY [AV女优, 成人网站, 无码] []");
        assertThat(results.poisonedLinks().getFirst().evidence().snippet()).isEqualTo("标题：澳门娱乐城；词语：六合彩、娱乐城、百家乐");
        assertThat(results.findings())
                .extracting(Finding::code, Finding::severity)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("POISONED_LINK", Finding.Severity.VETO))
                .hasSize(3);
    }

    @Test
    void newsAboutACrackdownIsLeftToAPerson() throws InterruptedException {
        ContentResults results =
                run(page("http://news.example.com/1.html", "警方破获网络赌博案", "", "犯罪嫌疑人利用百家乐、六合彩、时时彩等平台组织赌博。"));
        assertThat(results.poisonedLinks()).isEmpty();
        assertThat(results.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("POISONED_LINK_REVIEW");
            assertThat(f.severity()).isEqualTo(Finding.Severity.NEEDS_REVIEW);
        });
    }
}
