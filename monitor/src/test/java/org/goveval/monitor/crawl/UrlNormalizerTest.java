package org.goveval.monitor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {
    private final UrlNormalizer normalizer = new UrlNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HTTP://WWW.Example.GOV.cn:80/a/../b/./c.html#top          | http://www.example.gov.cn/b/c.html
            https://x.gov.cn:443/                                      | https://x.gov.cn/
            http://x.gov.cn                                            | http://x.gov.cn/
            http://x.gov.cn/art/2024/1/1/art_1_2.html;jsessionid=AB12  | http://x.gov.cn/art/2024/1/1/art_1_2.html
            http://x.gov.cn/a.jsp;JSESSIONID=AB12?id=3                 | http://x.gov.cn/a.jsp?id=3
            http://x.gov.cn/search?b=2&a=1&sid=99                      | http://x.gov.cn/search?a=1&b=2&sid=99
            http://x.gov.cn/list?PHPSESSID=1&page=2                    | http://x.gov.cn/list?page=2
            http://127.0.0.1:8080/%7euser/%e4%b8%ad.html               | http://127.0.0.1:8080/~user/%E4%B8%AD.html
            """)
    void normalises(String raw, String expected) {
        assertThat(normalizer.normalize(raw)).contains(URI.create(expected));
    }

    @ParameterizedTest
    @CsvSource({"ftp://x.gov.cn/a.zip", "mailto:a@b.cn", "/relative/path.html", "http://", "not a url"})
    void refusesWhatIsNotAnAbsoluteWebUrl(String raw) {
        assertThat(normalizer.normalize(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://x.gov.cn/col/col1/index.html | ../../art/2024/12/20/art_1_2.html | http://x.gov.cn/art/2024/12/20/art_1_2.html
            http://x.gov.cn/a/b.html            | c.html                            | http://x.gov.cn/a/c.html
            http://x.gov.cn/a/b.html            | //y.gov.cn/x                      | http://y.gov.cn/x
            http://x.gov.cn/a/b.html            | ' /x y.html '                     | http://x.gov.cn/x%20y.html
            http://x.gov.cn/a/b.html            | ?page=2                           | http://x.gov.cn/a/b.html?page=2
            """)
    void resolvesAgainstThePage(String base, String href, String expected) {
        assertThat(normalizer.resolve(URI.create(base), href)).contains(URI.create(expected));
    }

    /**
     * A remembered resolution must be the one a fresh normaliser gives: resolve against one page, then against
     * another page of the same site, and compare with a normaliser that never saw the first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /x.html
            /x?y=1#z
            /
            /./a/../b.html
            http://y.gov.cn/a.html
            HTTP://y.gov.cn/a.html
            https://y.gov.cn
            http:a.html
            http:///a.html
            httpſ://y.gov.cn/a.html
            //y.gov.cn/a.html
            /\\a.html
            ?page=2
            ''
            c.html
            ../c.html
            """)
    void remembersOnlyResolutionsThatDoNotDependOnThePagesPath(String href) {
        String link = href == null ? "" : href;
        URI first = URI.create("http://x.gov.cn/col/col1/index.html?a=1");
        URI second = URI.create("http://x.gov.cn/art/2024/art_1.html");
        normalizer.resolve(first, link);

        assertThat(normalizer.resolve(second, link)).isEqualTo(new UrlNormalizer().resolve(second, link));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /x.html                 | http://x.gov.cn /x.html
            http://y.gov.cn/a.html  | http://y.gov.cn/a.html
            HTTPS://y.gov.cn/       | HTTPS://y.gov.cn/
            //y.gov.cn/a.html       | -
            http:a.html             | -
            http:///a.html          | -
            httpſ://y.gov.cn/       | -
            c.html                  | -
            ?page=2                 | -
            """)
    void cacheKeys(String link, String key) {
        assertThat(UrlNormalizer.cacheKey(URI.create("http://x.gov.cn/a/b.html?q=1"), link))
                .isEqualTo(key.equals("-") ? java.util.Optional.empty() : java.util.Optional.of(key));
    }

    /**
     * The short way for plain links must give what jsoup's resolver gives, and must leave every link it
     * cannot vouch for (null) to jsoup.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /x.html                                | plain
            /x?b=2&a=1#frag                        | plain
            /                                      | plain
            /中文/页面.html                          | plain
            /%E4%B8%AD.html                        | plain
            /a;jsessionid=1?x=1                    | plain
            /a?q=a/b:c@d                           | plain
            http://y.gov.cn/a.html                 | plain
            https://y.gov.cn                       | plain
            http://y.gov.cn:8080/a?b#c             | plain
            https://user@y.gov.cn/                 | plain
            http://Y.GOV.CN/A.html                 | plain
            http://y.gov.cn:/a                     | plain
            http://例子.中国/a                        | plain
            http://[::1]:8080/a                    | plain
            /./a/../b.html                         | other
            /a/.hidden                             | other
            /x y.html                              | other
            /\\a.html                            | other
            //y.gov.cn/a.html                      | other
            HTTP://y.gov.cn/a.html                 | other
            http:a.html                            | other
            c.html                                 | other
            ../c.html                              | other
            ?page=2                                | other
            #top                                   | other
            """)
    void plainLinksResolveAsJsoupResolvesThem(String link, String kind) {
        URI base = URI.create("http://x.gov.cn:8080/col/col1/index.html?a=1");
        String plain = UrlNormalizer.plainAbsolute(base, link);

        if (kind.equals("other")) {
            assertThat(plain).isNull();
        } else {
            assertThat(plain).isNotNull();
            String jsoup = org.jsoup.internal.StringUtil.resolve(base.toString(), link);
            assertThat(normalizer.normalize(plain)).isEqualTo(normalizer.normalize(jsoup));
        }
    }
}
