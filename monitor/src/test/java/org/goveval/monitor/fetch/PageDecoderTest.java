package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding a page's charset; the trap: gb2312 labels on GBK text. */
class PageDecoderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** 镕, 堃 and 喆 are in GBK but not in GB2312. */
    private static final String GBK_ONLY = "国务院副总理朱镕基、王堃、张喆出席会议。";

    private static final String ARTICLE = "为深入贯彻落实党中央、国务院关于加快推进政务服务标准化、规范化、便利化的决策部署，"
            + "进一步提升政府网站集约化水平，现将有关事项通知如下。各地区、各部门要高度重视政府网站建设管理工作，"
            + "健全工作机制，加强内容保障，确保信息发布及时准确，互动回应规范有效，办事服务便捷高效。"
            + GBK_ONLY;

    @Test
    void theTestTextReallyIsGarbledAsGb2312() {
        byte[] bytes = GBK_ONLY.getBytes(GBK);

        assertThat(new String(bytes, GBK)).isEqualTo(GBK_ONLY);
        assertThat(new String(bytes, Charset.forName("GB2312"))).isNotEqualTo(GBK_ONLY);
    }

    @Test
    void aGb2312HeaderDecodesGbkOnlyCharactersAsGb18030() {
        byte[] body = html("", GBK_ONLY).getBytes(GBK);

        DecodedPage page = PageDecoder.decode(body, "text/html; charset=gb2312");

        assertThat(page).isEqualTo(new DecodedPage(html("", GBK_ONLY), GB18030, CharsetSource.HEADER));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
                "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=GB2312'>",
                "<meta charset=\"gb2312\">",
                "<meta charset=gbk />",
            })
    void aGb2312MetaDecodesGbkOnlyCharactersAsGb18030(String meta) {
        byte[] body = html(meta, GBK_ONLY).getBytes(GBK);

        DecodedPage page = PageDecoder.decode(body, "text/html");

        assertThat(page).isEqualTo(new DecodedPage(html(meta, GBK_ONLY), GB18030, CharsetSource.META));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gb2312",
                "GB2312",
                "gbk",
                "x-gbk",
                "gb_2312-80",
                "csgb2312",
                "cp936",
                "\"gb2312\"",
                "GB18030",
                "windows-936"
            })
    void everyLabelOfTheGbkFamilyMeansGb18030(String label) {
        DecodedPage page = PageDecoder.decode(GBK_ONLY.getBytes(GBK), "text/html; charset=" + label);

        assertThat(page.charset()).isEqualTo(GB18030);
        assertThat(page.text()).isEqualTo(GBK_ONLY);
    }

    @Test
    void theHeaderWinsOverTheMeta() {
        String text = html("<meta charset=\"gbk\">", "统一门户");

        DecodedPage page = PageDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8");

        assertThat(page).isEqualTo(new DecodedPage(text, StandardCharsets.UTF_8, CharsetSource.HEADER));
    }

    @Test
    void aUtf8BomWinsOverTheHeaderAndIsRemoved() {
        byte[] text = "<p>政务服务</p>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);

        DecodedPage page = PageDecoder.decode(body, "text/html; charset=gbk");

        assertThat(page).isEqualTo(new DecodedPage("<p>政务服务</p>", StandardCharsets.UTF_8, CharsetSource.BOM));
    }

    @ParameterizedTest
    @CsvSource({"UTF-16BE, -2, -1", "UTF-16LE, -1, -2"})
    void utf16BomsAreRead(String charset, byte first, byte second) {
        byte[] text = "政务".getBytes(Charset.forName(charset));
        byte[] body = new byte[text.length + 2];
        body[0] = first;
        body[1] = second;
        System.arraycopy(text, 0, body, 2, text.length);

        DecodedPage page = PageDecoder.decode(body, "");

        assertThat(page).isEqualTo(new DecodedPage("政务", Charset.forName(charset), CharsetSource.BOM));
    }

    @Test
    void unlabelledGbkIsDetected() {
        byte[] body = html("", ARTICLE).getBytes(GBK);

        DecodedPage page = PageDecoder.decode(body, "text/html");

        assertThat(page).isEqualTo(new DecodedPage(html("", ARTICLE), GB18030, CharsetSource.DETECTED));
    }

    @Test
    void unlabelledUtf8IsDetected() {
        String text = html("", ARTICLE);

        DecodedPage page = PageDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "");

        assertThat(page).isEqualTo(new DecodedPage(text, StandardCharsets.UTF_8, CharsetSource.DETECTED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html; charset=no-such-charset", "text/html; charset=***", "text/html; charset="})
    void anUnknownOrIllegalLabelFallsBackToTheNextSource(String contentType) {
        byte[] body = html("", ARTICLE).getBytes(GBK);

        DecodedPage page = PageDecoder.decode(body, contentType);

        assertThat(page.charset()).isEqualTo(GB18030);
        assertThat(page.source()).isEqualTo(CharsetSource.DETECTED);
        assertThat(page.text()).isEqualTo(html("", ARTICLE));
    }

    @Test
    void anUnknownMetaLabelFallsBackToDetection() {
        String text = html("<meta charset=\"klingon-8\">", ARTICLE);

        DecodedPage page = PageDecoder.decode(text.getBytes(GBK), "text/html");

        assertThat(page).isEqualTo(new DecodedPage(text, GB18030, CharsetSource.DETECTED));
    }

    @Test
    void aMetaBeyondTheFirst8KiBIsNotRead() {
        String text = "<!--" + " ".repeat(8 * 1024) + "--><meta charset=\"gbk\"><p>plain ascii</p>";

        DecodedPage page = PageDecoder.decode(text.getBytes(StandardCharsets.US_ASCII), "");

        assertThat(page).isEqualTo(new DecodedPage(text, StandardCharsets.UTF_8, CharsetSource.DEFAULT));
    }

    @Test
    void aMetaDeclaringUtf16MeansUtf8() {
        String text = html("<meta charset=\"utf-16\">", "政务");

        DecodedPage page = PageDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "");

        assertThat(page).isEqualTo(new DecodedPage(text, StandardCharsets.UTF_8, CharsetSource.META));
    }

    @Test
    void plainAsciiAndEmptyBodiesDefaultToUtf8() {
        assertThat(PageDecoder.decode("<p>hello</p>".getBytes(StandardCharsets.US_ASCII), ""))
                .isEqualTo(new DecodedPage("<p>hello</p>", StandardCharsets.UTF_8, CharsetSource.DEFAULT));
        assertThat(PageDecoder.decode(new byte[0], ""))
                .isEqualTo(new DecodedPage("", StandardCharsets.UTF_8, CharsetSource.DEFAULT));
    }

    @Test
    void decodesAFetchResultUsingItsContentType() {
        byte[] body = GBK_ONLY.getBytes(GBK);
        FetchResult result = new FetchResult(
                URI.create("http://www.example.gov.cn/"),
                URI.create("http://www.example.gov.cn/"),
                List.of(),
                200,
                Map.of("content-type", List.of("text/html; charset=GB2312")),
                body,
                false,
                Optional.empty(),
                "",
                1,
                Instant.EPOCH,
                Duration.ZERO);

        assertThat(PageDecoder.decode(result)).isEqualTo(new DecodedPage(GBK_ONLY, GB18030, CharsetSource.HEADER));
    }

    private static String html(String meta, String body) {
        return "<html><head>" + meta + "<title>通知</title></head><body><p>" + body + "</p></body></html>";
    }
}
