package org.goveval.monitor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.goveval.monitor.fetch.FetchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A page decoded whole and a page decoded as the parser reads are the same page, bad bytes included. */
class PageReaderTest {
    private static final URI PAGE = URI.create("http://www.example.gov.cn/col/col12/index.html");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String CHINESE = "<!DOCTYPE html><html><head><title>政务公开</title></head>"
            + "<body><p>通知公告　2024年12月20日</p><a href=\"/art/2024/12/20/art_12_1.html\">关于开展网站普查的通知</a>"
            + "<img src=\"logo.png\"></body></html>";

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("UTF-8 by header", "text/html; charset=utf-8", CHINESE.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("GBK labelled gb2312", "text/html; charset=gb2312", CHINESE.getBytes(GB18030)),
                Arguments.of(
                        "UTF-8 with a BOM, no label",
                        "text/html",
                        concat(bytes(0xEF, 0xBB, 0xBF), CHINESE.getBytes(StandardCharsets.UTF_8))),
                Arguments.of(
                        "UTF-16LE with a BOM",
                        "text/html",
                        concat(bytes(0xFF, 0xFE), CHINESE.getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of(
                        "malformed UTF-8 in the middle and a cut sequence at the end",
                        "text/html; charset=utf-8",
                        concat(
                                "<p>前".getBytes(StandardCharsets.UTF_8),
                                bytes(0xC3, 0x28, 0xFF),
                                "后</p>".getBytes(StandardCharsets.UTF_8),
                                bytes(0xE6, 0x94))),
                Arguments.of(
                        "a GB18030 four-byte character and a lone lead byte",
                        "text/html; charset=gbk",
                        concat("<p>".getBytes(GB18030), "\uD840\uDC00".getBytes(GB18030), bytes(0x81))),
                Arguments.of(
                        "a body larger than the parser's read buffer",
                        "text/html; charset=utf-8",
                        ("<ul>" + "<li><a href=\"/xxgk/zwdt/202412/t20241220_1.html\">政务动态</a></li>".repeat(3_000)
                                        + "</ul>")
                                .getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void decodingWholeOrAsItReadsGivesTheSamePage(String name, String contentType, byte[] body) {
        FetchResult answer = answer(contentType, body);

        PageContent whole = PageReader.read(answer, Integer.MAX_VALUE).orElseThrow();
        PageContent streamed = PageReader.read(answer, 0).orElseThrow();

        assertThat(whole.document().outerHtml()).isEqualTo(streamed.document().outerHtml());
        assertThat(whole.text()).isEqualTo(streamed.text());
        assertThat(whole.uri()).isEqualTo(PAGE);
    }

    /**
     * Random bytes between tags, under each charset a government page declares: the JDK's String decoding and
     * its reader decoding must replace every malformed sequence alike.
     */
    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "gb2312", "gbk", "gb18030", "big5", "iso-8859-1", "windows-1252"})
    void randomBytesDecodeAlikeBothWays(String label) {
        Random random = new Random(label.hashCode());
        for (int n = 0; n < 300; n++) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("<p title=\"".getBytes(StandardCharsets.US_ASCII));
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                body.write(random.nextInt(4) == 0 ? 'a' + random.nextInt(26) : 0x80 + random.nextInt(0x80));
            }
            body.writeBytes("\">x</p>".getBytes(StandardCharsets.US_ASCII));
            FetchResult answer = answer("text/html; charset=" + label, body.toByteArray());

            PageContent whole = PageReader.read(answer, Integer.MAX_VALUE).orElseThrow();
            PageContent streamed = PageReader.read(answer, 0).orElseThrow();

            assertThat(whole.document().outerHtml())
                    .as(label + " #" + n)
                    .isEqualTo(streamed.document().outerHtml());
        }
    }

    @Test
    void aGbkPageReadsTheSameAsItsUtf8Twin() {
        PageContent utf8 = PageReader.read(answer("text/html; charset=utf-8", CHINESE.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow();
        PageContent gbk = PageReader.read(answer("text/html; charset=gb2312", CHINESE.getBytes(GB18030)))
                .orElseThrow();

        assertThat(utf8.text()).isEqualTo("通知公告　2024年12月20日 关于开展网站普查的通知");
        assertThat(gbk.text()).isEqualTo(utf8.text());
        assertThat(gbk.title()).isEqualTo("政务公开");
        assertThat(gbk.document().select("a").attr("abs:href"))
                .isEqualTo("http://www.example.gov.cn/art/2024/12/20/art_12_1.html");
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() {
        byte[] body =
                concat("<p>前".getBytes(StandardCharsets.UTF_8), bytes(0xFF), "后</p>".getBytes(StandardCharsets.UTF_8));

        assertThat(PageReader.read(answer("text/html; charset=utf-8", body))
                        .orElseThrow()
                        .text())
                .isEqualTo("前\uFFFD后");
    }

    @Test
    void readsOnlyHtml() {
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);

        assertThat(PageReader.read(answer("application/pdf", pdf))).isEmpty();
        assertThat(PageReader.read(answer("", "<!doctype html><p>x".getBytes(StandardCharsets.US_ASCII))))
                .isPresent();
    }

    /**
     * Without a Content-Type, a body is a page when it starts like one: the rule a String of the first 512
     * bytes as Latin-1, stripped and lower-cased, expressed; here against that rule itself on every start
     * that matters (white space of each kind, letters in each case, the start cut short, pushed past 512).
     */
    @Test
    void sniffsHtmlAsTheStringRuleDoes() {
        List<String> starts = List.of(
                "<!doctype html>",
                "<!DOCTYPE HTML>",
                "<!DocType Html",
                "<html>",
                "<HTML lang=zh>",
                "<htm",
                "<!doctype",
                "<!doctype xml",
                "<?xml version=\"1.0\"?><html>",
                "%PDF-1.4",
                "",
                "html",
                "<head>",
                "\u00A0<html>",
                "\u00C0<html>",
                "<!doctype html".toUpperCase(Locale.ROOT));
        List<String> spaces = List.of(
                "",
                " ",
                "\t\r\n",
                "\u000B\f",
                "\u001C\u001F",
                " ".repeat(497),
                " ".repeat(498),
                " ".repeat(507),
                " ".repeat(508),
                " ".repeat(600));
        int checked = 0;
        for (String space : spaces) {
            for (String start : starts) {
                byte[] body = (space + start + "<p>x").getBytes(StandardCharsets.ISO_8859_1);
                String sniffed = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                        .stripLeading()
                        .toLowerCase(Locale.ROOT);
                boolean expected = sniffed.startsWith("<!doctype html") || sniffed.startsWith("<html");

                assertThat(PageReader.startsLikeHtml(body))
                        .as("%d spaces, then %s", space.length(), start)
                        .isEqualTo(expected);
                assertThat(PageReader.read(answer("", body)).isPresent()).isEqualTo(expected);
                checked += expected ? 1 : 0;
            }
        }
        // six starts after each of the seven shortest spaces; after 507 spaces only the two <html, which end at
        // byte 512; after 508 none
        assertThat(checked).as("starts taken for HTML").isEqualTo(6 * 7 + 2);
    }

    private static FetchResult answer(String contentType, byte[] body) {
        Map<String, List<String>> headers =
                contentType.isEmpty() ? Map.of() : Map.of("content-type", List.of(contentType));
        return new FetchResult(
                PAGE,
                PAGE,
                List.of(),
                200,
                headers,
                body,
                false,
                Optional.empty(),
                "",
                1,
                Instant.parse("2024-12-20T02:00:00Z"),
                Duration.ofMillis(5));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
