package org.goveval.monitor.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
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
            http://x.gov.cn/%7euser/page?id=1&b=2                      | http://x.gov.cn/~user/page?b=2&id=1
            http://x.gov.cn/%7euser/page?id=2&b=2                      | http://x.gov.cn/~user/page?b=2&id=2
            http://x.gov.cn/a%2Db?x=1                                  | http://x.gov.cn/a-b?x=1
            http://x.gov.cn/%7E%41?a                                   | http://x.gov.cn/~A?a
            http://x.gov.cn/%7E?a=%7e#b?c                              | http://x.gov.cn/~?a=~
            http://x.gov.cn/a#%7e?b                                    | http://x.gov.cn/a
            http://x.gov.cn/50%%32%30off.html?id=1&b=2                 | http://x.gov.cn/50%2520off.html?b=2&id=1
            http://x.gov.cn/%4%41?x=1                                  | http://x.gov.cn/%254A?x=1
            http://x.gov.cn/%%30a?b=2&a=1                              | http://x.gov.cn/%250a?a=1&b=2
            http://x.gov.cn/%%34%31?a=1                                | http://x.gov.cn/%2541?a=1
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
     * cannot vouch for (null) to jsoup: also a {@code ../} that climbs above the root of a page at the root.
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
            c.html                                 | plain
            c.html?x=1#y                           | plain
            202412/t20241220_1.html                | plain
            中文.html                                | plain
            a//b.html                              | plain
            a?q=http://y                           | plain
            /./a/../b.html                         | other
            /a/.hidden                             | other
            /x y.html                              | other
            /\\a.html                            | other
            //y.gov.cn/a.html                      | other
            HTTP://y.gov.cn/a.html                 | other
            http:a.html                            | other
            a:b/c.html                             | other
            ../c.html                              | plain
            ./c.html                               | plain
            ./202412/t20241220_1.html              | plain
            ../../index.html                       | plain
            .././a/b.html?x=1#y                    | plain
            ./../a.html                            | plain
            ./                                     | plain
            ../                                    | plain
            ../../../../../a.html                  | other
            ../.hidden                             | other
            ./a/../c.html                          | other
            ..                                     | other
            .                                      | other
            ../?x=1                                | other
            .hidden                                | other
            a/../c.html                            | other
            c d.html                               | other
            ?page=2                                | other
            #top                                   | other
            """)
    void plainLinksResolveAsJsoupResolvesThem(String link, String kind) {
        for (String page : List.of(
                "http://x.gov.cn:8080/col/col1/index.html?a=1",
                "http://x.gov.cn:8080/col/col1/",
                "http://x.gov.cn/xxgk/zwdt/202412/t20241220_1.html",
                "http://x.gov.cn",
                "https://x.gov.cn/index.html")) {
            URI base = URI.create(page);
            String plain = UrlNormalizer.plainAbsolute(base, link);

            boolean climbsAboveTheRoot = link.replaceFirst("^(\\./)+", "").startsWith("..")
                    && base.getPath().lastIndexOf('/') <= 0;
            if (kind.equals("other") || climbsAboveTheRoot) {
                assertThat(plain).as(page).isNull();
            } else {
                assertThat(plain).as(page).isNotNull();
                String jsoup = org.jsoup.internal.StringUtil.resolve(base.toString(), link);
                assertThat(normalizer.normalize(plain)).as(page).isEqualTo(normalizer.normalize(jsoup));
            }
        }
    }

    /** A URL taken as already canonical is one crawler-commons leaves as it is; the others go through it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://www.example.gov.cn/art/2024/12/20/art_12_1.html | true
            https://x.gov.cn/                                      | true
            http://127.0.0.1:8080/xxgk/zwdt/202412/t20241220_1.html | true
            http://x.gov.cn/a/b~c/d-e_f.g!$&'()*+,=:@.html          | true
            http://x-y.gov.cn:65535/A/B.HTML                       | true
            http://x.gov.cn                                        | false
            http://x.gov.cn:80/                                    | false
            https://x.gov.cn:443/                                  | false
            http://x.gov.cn:08080/                                 | false
            http://x.gov.cn:65536/                                 | false
            http://x.gov.cn:/                                      | false
            http://X.gov.cn/                                       | false
            HTTP://x.gov.cn/                                       | false
            http://x.gov.cn./                                      | false
            http://-x.gov.cn/                                      | false
            http://x..gov.cn/                                      | false
            http://user@x.gov.cn/                                  | false
            http://x.gov.cn/a?b=1                                  | false
            http://x.gov.cn/a#b                                    | false
            http://x.gov.cn/a%7Eb                                  | false
            http://x.gov.cn/a;jsessionid=1                         | false
            http://x.gov.cn//a                                     | false
            http://x.gov.cn/./a                                    | false
            http://x.gov.cn/a/../b                                 | false
            http://x.gov.cn/a./b                                   | false
            http://x.gov.cn/中文.html                                | false
            http://x.gov.cn/a b                                    | false
            http://例子.中国/a                                        | false
            """)
    void takesAsCanonicalOnlyWhatCrawlerCommonsLeavesAsItIs(String url, boolean asIs) {
        assertThat(UrlNormalizer.canonicalAsIs(url)).isEqualTo(asIs);
        assertThat(normalizer.normalize(url)).isEqualTo(normalizer.normalizeFully(url));
        if (asIs) {
            assertThat(normalizer.normalizeFully(url)).contains(URI.create(url));
        }
    }

    /**
     * Generated URLs made of the pieces that make crawler-commons change a URL (case, default and odd ports,
     * trailing dots, escapes, dot segments, double slashes, queries, session ids, spaces, Chinese): the short
     * way gives what the full one gives for every one of them, and is taken for a good share of them.
     */
    @Test
    void theShortWayAgreesWithCrawlerCommonsOnGeneratedUrls() {
        List<String> schemes = List.of("http://", "https://", "HTTP://", "ftp://");
        List<String> hosts = List.of(
                "x.gov.cn",
                "www.example.gov.cn",
                "127.0.0.1",
                "X.gov.cn",
                "x.gov.cn.",
                "-x.cn",
                "x-.cn",
                "a..b",
                "",
                "x_y.gov.cn",
                "123",
                "例子.中国",
                "xn--fsqu00a.xn--fiqs8s");
        List<String> ports = List.of("", "", "", ":80", ":443", ":8080", ":08080", ":", ":65536", ":1");
        List<String> segments = List.of(
                "a",
                "index.html",
                "art_12_1.html",
                "t20241220_1.html",
                "col123",
                "A.HTML",
                ".",
                "..",
                "",
                "%7e",
                "%E4%B8%AD",
                "%zz",
                "中",
                "a b",
                "a;jsessionid=9",
                "~u",
                "a:b",
                "a@b",
                "x=1&y",
                "'q'",
                "(1)",
                "+",
                "a.",
                ".b",
                "[x]",
                "a|b",
                "a%",
                "p%2d1",
                "%41%42");
        List<String> tails = List.of("", "", "", "?b=2&a=1", "?id=3", "#top", "?", "?jsessionid=1&x=2", "#");
        Random random = new Random(20261207);
        int asIs = 0;
        int total = 20_000;
        for (int n = 0; n < total; n++) {
            StringBuilder url = new StringBuilder(pick(random, schemes, 2)).append(pick(random, hosts, 3));
            url.append(pick(random, ports, 1));
            for (String segment : picks(random, segments, 5, 0, 4)) {
                url.append('/').append(segment);
            }
            url.append(pick(random, tails, 1));
            String text = url.toString();
            if (UrlNormalizer.canonicalAsIs(text)) {
                asIs++;
            }
            assertThat(normalizer.normalize(text)).as(text).isEqualTo(normalizer.normalizeFully(text));
        }
        assertThat(asIs).isBetween(total / 10, total - total / 10);
    }

    /**
     * Generated links (leading {@code ./} and {@code ../}, names, dot segments inside, queries, fragments,
     * colons, spaces, Chinese) against generated pages: wherever the short way answers, it answers what jsoup's
     * resolver and the normaliser give, and it answers for a good share of them.
     */
    @Test
    void plainLinksResolveAsJsoupResolvesThemOnGeneratedLinks() {
        List<String> bases = List.of(
                "http://x.gov.cn/",
                "http://x.gov.cn",
                "http://x.gov.cn:8080/col/col12/index.html",
                "https://x.gov.cn/xxgk/zwdt/202412/t20241220_1.html?a=1#b",
                "http://x.gov.cn/a/b/c/",
                "http://x.gov.cn/a%20b/c.html");
        List<String> starts = List.of("", "./", "../", "../../", "./../", ".././", "../../../../", "/", "//", ".");
        List<String> names = List.of(
                "index.html",
                "t20241220_1.html",
                "202412",
                "P020241210613971.xls",
                "a",
                "",
                ".",
                "..",
                ".hidden",
                "a b",
                "中文.html",
                "a:b",
                "%7e",
                "x=1&y",
                "~u");
        List<String> tails = List.of("", "", "?page=2", "#top", "?a=1#b", "?");
        Random random = new Random(7);
        int answered = 0;
        int total = 5_000;
        for (int n = 0; n < total; n++) {
            StringBuilder link = new StringBuilder(pick(random, starts, 5))
                    .append(String.join("/", picks(random, names, 5, 1, 3)))
                    .append(pick(random, tails, 2));
            URI base = URI.create(pick(random, bases, bases.size()));
            String plain = UrlNormalizer.plainAbsolute(base, link.toString());
            if (plain != null) {
                answered++;
                String jsoup = org.jsoup.internal.StringUtil.resolve(base.toString(), link.toString());
                assertThat(normalizer.normalize(plain)).as(base + " + " + link).isEqualTo(normalizer.normalize(jsoup));
            }
        }
        assertThat(answered).isBetween(total / 10, total - total / 10);
    }

    /**
     * crawler-commons 1.6 normalises a path with a query after it as it does without one only thanks to the
     * workaround of its issue 559: generated paths of escapes, stray {@code %} signs, hex digits and
     * characters it escapes, each with and without a query, must come out with the same path.
     */
    @Test
    void aQueryDoesNotChangeHowThePathIsNormalised() {
        List<String> pieces = List.of(
                "%",
                "%%",
                "%7e",
                "%7E",
                "%41",
                "%4",
                "%30",
                "%3",
                "%25",
                "%2F",
                "%3F",
                "%2E",
                "%u4E2D",
                "a",
                "4",
                "1",
                "F",
                "~",
                "-",
                "/",
                ".",
                "中",
                " ",
                "off.html");
        Random random = new Random(559);
        int normalised = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder path =
                    new StringBuilder("/").append(String.join("", picks(random, pieces, pieces.size(), 1, 6)));
            if (path.toString().endsWith(" ")) {
                path.append('a'); // without a query a trailing space would be stripped, not escaped
            }
            Optional<URI> bare = normalizer.normalize("http://x.gov.cn" + path);
            Optional<URI> queried = normalizer.normalize("http://x.gov.cn" + path + "?id=1&b=2");
            assertThat(queried.map(URI::toString)).as(path.toString()).isEqualTo(bare.map(uri -> uri + "?b=2&id=1"));
            normalised += bare.isPresent() ? 1 : 0;
        }
        assertThat(normalised).isGreaterThan(15_000);
    }

    /** From {@code min} to {@code max} choices, each made as {@link #pick} makes it. */
    private static List<String> picks(Random random, List<String> choices, int plain, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        List<String> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(pick(random, choices, plain));
        }
        return picked;
    }

    /** Half the time one of the first {@code plain} choices (the ones that keep a URL canonical), else any. */
    private static String pick(Random random, List<String> choices, int plain) {
        return choices.get(random.nextInt(random.nextBoolean() ? plain : choices.size()));
    }
}
