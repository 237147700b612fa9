package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import org.goveval.monitor.fetch.Outcome.Answered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resolving Location headers as browsers do (RFC 3986 §5.4 examples plus what servers really send). */
class RedirectsTest {
    private static final URI BASE = URI.create("http://a/b/c/d;p?q");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            g                   | http://a/b/c/g
            ./g                 | http://a/b/c/g
            g/                  | http://a/b/c/g/
            /g                  | http://a/g
            //g                 | http://g
            ?y                  | http://a/b/c/d;p?y
            g?y                 | http://a/b/c/g?y
            #s                  | http://a/b/c/d;p?q
            g#s                 | http://a/b/c/g
            ../g                | http://a/b/g
            https://other/x     | https://other/x
            /a b/c.html         | http://a/a%20b/c.html
            /list.jsp?a=<1>     | http://a/list.jsp?a=%3C1%3E
            \\news\\index.html  | http://a/news/index.html
            /新闻/              | http://a/%E6%96%B0%E9%97%BB/
            """)
    void resolvesAgainstTheUrlThatAnswered(String location, String expected) throws URISyntaxException {
        assertThat(Redirects.target(BASE, location)).isEqualTo(URI.create(expected));
    }

    @Test
    void escapesEveryNonAsciiCharacterAsItsUtf8Bytes() throws URISyntaxException {
        // the client reads a raw UTF-8 Location as UTF-8: é and · are characters, not bytes of another one
        assertThat(Redirects.target(BASE, "/café/政务·通知"))
                .isEqualTo(URI.create("http://a/caf%C3%A9/%E6%94%BF%E5%8A%A1%C2%B7%E9%80%9A%E7%9F%A5"));
    }

    @Test
    void resolvesAgainstAUrlWithAnEmptyPath() throws URISyntaxException {
        assertThat(Redirects.target(URI.create("http://a"), "index.html")).isEqualTo(URI.create("http://a/index.html"));
    }

    @Test
    void anUnparsableLocationThrows() {
        assertThatExceptionOfType(URISyntaxException.class).isThrownBy(() -> Redirects.target(BASE, "http://[oops/"));
    }

    @ParameterizedTest
    @CsvSource({
        "301, /x, /x",
        "302, /x, /x",
        "303, /x, /x",
        "307, /x, /x",
        "308, /x, /x",
        "300, /x, ''",
        "304, /x, ''",
        "200, /x, ''",
        "302, '  ', ''"
    })
    void onlyTheFiveRedirectStatusesWithALocationAreFollowed(int status, String location, String expected) {
        Answered answer =
                new Answered(status, Map.of("location", List.of(location)), new byte[0], false, HttpVersion.HTTP_1_1);

        assertThat(Redirects.location(answer).orElse("")).isEqualTo(expected);
    }

    @Test
    void theMethodNeverChangesForGetAndHead() {
        for (int status : new int[] {301, 302, 303, 307, 308}) {
            assertThat(Redirects.methodAfter(status, Method.GET)).isEqualTo(Method.GET);
            assertThat(Redirects.methodAfter(status, Method.HEAD)).isEqualTo(Method.HEAD);
        }
    }
}
