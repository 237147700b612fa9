package org.goveval.monitor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which URLs belong to a site, hosts compared in any case. */
class CrawlScopeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://www.x.gov.cn/        | http://www.x.gov.cn/a.html      | SAME_HOST               | true
            http://www.x.gov.cn/        | http://WWW.X.GOV.CN/a.html      | SAME_HOST               | true
            http://WWW.x.gov.cn/        | https://www.X.gov.cn/a.html     | SAME_HOST               | true
            http://www.x.gov.cn/        | http://www.x.gov.cn:8080/a.html | SAME_HOST               | false
            http://www.x.gov.cn:8080/   | http://www.x.gov.cn:8080/a.html | SAME_HOST               | true
            http://www.x.gov.cn/        | http://zwgk.x.gov.cn/a.html     | SAME_HOST               | false
            http://www.x.gov.cn/        | http://www.x.gov.cn.evil.cn/    | SAME_HOST               | false
            http://[::1]:8080/          | http://[0:0:0:0:0:0:0:1]:8080/  | SAME_HOST               | false
            http://[ABCD::1]/           | http://[abcd::1]/a.html         | SAME_HOST               | true
            http://www.x.gov.cn/        | http://ZWGK.x.gov.cn/a.html     | SAME_REGISTRABLE_DOMAIN | true
            http://www.x.gov.cn/        | http://www.y.gov.cn/a.html      | SAME_REGISTRABLE_DOMAIN | false
            """)
    void hostsCompareInAnyCase(String site, String candidate, CrawlScope scope, boolean inside) {
        assertThat(scope.contains(URI.create(site), URI.create(candidate))).isEqualTo(inside);
    }
}
