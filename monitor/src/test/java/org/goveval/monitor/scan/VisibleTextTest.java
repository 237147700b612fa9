package org.goveval.monitor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.goveval.monitor.fetch.PageDecoder;
import org.goveval.sitefarm.FarmSite;
import org.goveval.sitefarm.FarmSpec;
import org.goveval.sitefarm.PageWeight;
import org.goveval.sitefarm.RunningFarm;
import org.goveval.sitefarm.SiteFarm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link VisibleText} gives what jsoup's {@link Element#text()} gives, on real pages and generated ones. */
class VisibleTextTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void everyPageOfTheFarmsInBothWeightsAndTheContentFarm() throws IOException, InterruptedException {
        int pages = 0;
        for (FarmSpec spec : List.of(
                FarmSpec.testFarm(), FarmSpec.testFarm().withPageWeight(PageWeight.TYPICAL), FarmSpec.contentFarm())) {
            try (RunningFarm farm = SiteFarm.start(spec, CLOCK);
                    HttpClient http = HttpClient.newHttpClient()) {
                for (FarmSite site : farm.sites()) {
                    for (String url : site.manifest().pages()) {
                        URI uri = URI.create(url);
                        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
                        HttpResponse<byte[]> answer =
                                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200) {
                            continue; // a planted error page is not a page of the site
                        }
                        String html = PageDecoder.decode(
                                        answer.body(),
                                        answer.headers()
                                                .firstValue("content-type")
                                                .orElse(""))
                                .text();
                        Document document = Jsoup.parse(html, url);
                        assertThat(VisibleText.of(document.body()))
                                .as(url)
                                .isEqualTo(document.body().text());
                        assertThat(new PageContent(uri, document).title())
                                .as(url)
                                .isNotEmpty()
                                .isEqualTo(document.title());
                        pages++;
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p>one</p>two<div>three</div><span>four</span>",
                "a<br>b<br/><br>c",
                "<pre>  keep   this\n  as is </pre> and  this  not",
                "<pre><b><i><u><s><em><span>deep   inside</span></em></s></u></i></b></pre>",
                "<pre><b><i><u><s><em><span><a>too  deep</a></span></em></s></u></i></b></pre>",
                "<textarea>  a   b </textarea> <textarea></textarea>",
                "<table><tr><td>a</td><td>b</td></tr><tr><th> c </th><td></td><td> </td></tr></table>x",
                "<ul><li>one<li>two</ul><ol><li> </ol>",
                "<span>inline<div>block inside inline</div></span>after",
                "<a href=x>link</a><img alt=pic src=y><b>bold</b>",
                "x\u00A0\u00A0y \u200Bz\u00AD w \u000B v\t\r\n\f u",
                "<p>\u3000全角空格\u3000</p>中文<p>段落</p>",
                "<p>😀 emoji 𠀀 four bytes</p>",
                "<svg><![CDATA[  raw   cdata ]]></svg> <math><mi>x</mi></math>",
                "<script>var a = 1;</script><style>p{}</style><noscript>no  script</noscript>",
                "<!-- a comment -->text<!---->",
                "<select><option>one</option><option> two </option></select><button> go </button>",
                "<p></p><p> </p><div><p>nested</p></div>",
                "   ",
                "<custom-tag>custom</custom-tag><x-y><p>in</p></x-y>tail",
                "<h1>title</h1><hr>rule<center>c</center><font>f</font>",
                "<dl><dt>term</dt><dd>def</dd></dl><address>addr</address>",
                "<label>name <input value=v></label><iframe>frame text</iframe>",
            })
    void trickyMarkupGivesJsoupsText(String body) {
        Document document = Jsoup.parse("<html><body>" + body + "</body></html>");

        assertThat(VisibleText.of(document.body())).isEqualTo(document.body().text());
        assertThat(VisibleText.of(document)).isEqualTo(document.text());
    }

    /** A page's title is jsoup's {@link Document#title()}, however the title is written or placed. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<title>政务公开</title>",
                "<title>  页面\n\t不存在 \u00A0 </title>",
                "<title>a\u200Bb\u00ADc</title>",
                "<title><b>not a tag</b> &amp; entity</title>",
                "<title></title>",
                "",
                "<title>first</title><title>second</title>",
                "<noscript><title>inside noscript</title></noscript>",
                "</head><body><title>in the body</title>",
                "<title>x\u000Bcontrol\u0001y</title>",
            })
    void titleIsJsoupsTitle(String head) {
        Document document = Jsoup.parse("<html><head>" + head + "</head><body><p>text</p></body></html>");

        assertThat(new PageContent(URI.create("http://127.0.0.1/"), document).title())
                .isEqualTo(document.title());
    }

    /** A text whose nearest preserving ancestor is above the element the text is taken from. */
    @Test
    void anElementInsidePreTakesItsAncestorsIntoAccount() {
        Document document = Jsoup.parse("<pre><div><span>  spaced   out  </span> x </div></pre>");
        Element span = document.selectFirst("span");
        Element div = document.selectFirst("div");

        assertThat(VisibleText.of(span)).isEqualTo(span.text()).isEqualTo("spaced   out");
        assertThat(VisibleText.of(div)).isEqualTo(div.text());
    }

    /**
     * A hostile page may nest far deeper than a thread's stack would allow a recursive walk to go: the walk runs
     * here on a thread with a 128 KiB stack, where a recursion over 20,000 elements overflows.
     */
    @Test
    void aVeryDeepPageDoesNotOverflowTheStack() throws InterruptedException {
        Document document = Jsoup.parse("<p>before</p>");
        Element element = document.body();
        for (int i = 0; i < 20_000; i++) { // built, not parsed: the parser caps how deep it nests
            element = element.appendElement(i % 2 == 0 ? "span" : "div");
        }
        element.appendText("deep  text");
        String[] text = new String[1];
        Throwable[] failure = new Throwable[1];
        Thread walker = new Thread(
                null,
                () -> {
                    try {
                        text[0] = VisibleText.of(document.body());
                    } catch (Throwable e) { // a StackOverflowError is what this test looks for
                        failure[0] = e;
                    }
                },
                "small-stack",
                128 * 1024);
        walker.start();
        walker.join();

        assertThat(failure[0]).isNull();
        assertThat(text[0]).isEqualTo(document.body().text()).isEqualTo("before deep text");
    }

    /** Documents made of random tags, texts and white space, every one compared at the body and below. */
    @Test
    void generatedDocumentsGiveJsoupsText() {
        Random random = new Random(20261207);
        int compared = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder html = new StringBuilder();
            fragment(random, html, 0);
            Document document = Jsoup.parse(html.toString());
            assertThat(VisibleText.of(document.body()))
                    .as("round %d: %s", round, html)
                    .isEqualTo(document.body().text());
            for (Element element : document.body().select("*")) {
                if (random.nextInt(8) == 0) {
                    assertThat(VisibleText.of(element))
                            .as("round %d, <%s>: %s", round, element.tagName(), html)
                            .isEqualTo(element.text());
                    compared++;
                }
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(3_000);
    }

    private static final String[] TAGS = {
        "div",
        "p",
        "span",
        "a",
        "b",
        "i",
        "br",
        "pre",
        "textarea",
        "td",
        "th",
        "tr",
        "table",
        "li",
        "ul",
        "h2",
        "section",
        "img",
        "script",
        "style",
        "code",
        "svg",
        "title",
        "option",
        "select",
        "button",
        "label",
        "hr",
        "font",
        "center",
        "listing",
        "plaintext",
        "x-custom",
        "nav",
        "em",
        "dd",
        "noscript",
        "template",
        "sub"
    };

    private static final String[] TEXTS = {
        "a",
        "政府",
        "网站 ",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\f",
        "\u00A0",
        "\u200B",
        "\u00AD",
        "\u000B",
        "\u3000",
        "😀",
        "&nbsp;",
        "&amp;",
        "<!--c-->",
        "<![CDATA[ c  d ]]>",
        "x y",
        "&#173;",
        "&#8203;"
    };

    private static void fragment(Random random, StringBuilder html, int depth) {
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (depth < 8 && random.nextInt(3) > 0) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                html.append('<').append(tag).append('>');
                fragment(random, html, depth + 1);
                if (random.nextInt(6) > 0) { // sometimes left open, as real pages do
                    html.append("</").append(tag).append('>');
                }
            } else {
                html.append(TEXTS[random.nextInt(TEXTS.length)]);
            }
        }
    }
}
