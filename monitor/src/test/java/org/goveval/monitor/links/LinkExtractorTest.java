package org.goveval.monitor.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.goveval.monitor.crawl.UrlNormalizer;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {
    private final LinkExtractor extractor = new LinkExtractor(new UrlNormalizer());

    private List<String> extract(String html, String page) {
        return extractor.extract(LinkExtractor.parse(html, URI.create(page))).stream()
                .map(l -> l.type() + " " + l.target())
                .toList();
    }

    @Test
    void findsEveryKindOfLinkAndSkipsWhatIsNeverFetched() {
        String html = """
                <html><head>
                <link rel="stylesheet" href="/css/site.css"><link rel="shortcut icon" href="/favicon.ico">
                <script src="js/app.js"></script>
                </head><body>
                <a href="/col/col1/index.html">政务动态</a> <a href="#top">返回顶部</a>
                <a href="javascript:void(0)">打印</a> <a href="mailto:web@x.gov.cn">联系我们</a> <a href="tel:12345">热线</a>
                <a href="">空</a> <a href="../art/2024/12/20/art_1_2.html#p2">通知</a>
                <img src="/images/banner.jpg" alt="横幅"> <iframe src="https://map.x.gov.cn/embed"></iframe>
                <map><area href="/xxgk/index.html"></map> <embed src="/media/a.swf"> <object data="/files/b.pdf"></object>
                <video src="/v.mp4"></video> <a href="http://other.gov.cn">外链</a>
                </body></html>""";
        assertThat(extract(html, "http://www.x.gov.cn/col/index.html"))
                .containsExactly(
                        "ANCHOR http://www.x.gov.cn/col/col1/index.html",
                        "ANCHOR http://www.x.gov.cn/art/2024/12/20/art_1_2.html",
                        "ANCHOR http://other.gov.cn/",
                        "ANCHOR http://www.x.gov.cn/xxgk/index.html",
                        "IMAGE http://www.x.gov.cn/images/banner.jpg",
                        "SCRIPT http://www.x.gov.cn/col/js/app.js",
                        "STYLESHEET http://www.x.gov.cn/css/site.css",
                        "IMAGE http://www.x.gov.cn/favicon.ico",
                        "FRAME https://map.x.gov.cn/embed",
                        "MEDIA http://www.x.gov.cn/media/a.swf",
                        "MEDIA http://www.x.gov.cn/files/b.pdf",
                        "MEDIA http://www.x.gov.cn/v.mp4");
    }

    @Test
    void honoursTheBaseElement() {
        String html =
                "<html><head><base href=\"http://www.x.gov.cn/static/\"></head><body><a href=\"a.html\">a</a></body></html>";
        assertThat(extract(html, "http://www.x.gov.cn/col/1.html"))
                .containsExactly("ANCHOR http://www.x.gov.cn/static/a.html");
    }

    @Test
    void keepsAnchorTextAndAltText() {
        var links = extractor.extract(LinkExtractor.parse(
                "<a href=\"/a.html\"> 通知 公告 </a><img src=\"/b.png\" alt=\"徽标\">", URI.create("http://x.gov.cn/")));
        assertThat(links).extracting(Link::text).containsExactly("通知 公告", "徽标");
    }

    @Test
    void matchesAsTheSelectorsDid() {
        String html = """
                <html><head>
                <base href="/first/"><base href="/second/">
                <link rel="Stylesheet ICON" href="both.css"><link rel="alternate" href="feed.xml">
                <link rel="apple-touch-icon" href="touch.png"><link href="no-rel.css">
                </head><body>
                <input type="Image" src="go.png"><input type=" image" src="not.png"><input type="text" src="not.png">
                <a>no href</a> <a href=" JavaScript:go() ">脚本</a> <a href="MAILTO:a@b.cn">邮件</a>
                <audio src="a.mp3"></audio><video><source src="v.webm"></video>
                <img src="logo.png" alt=" 徽标 ">
                </body></html>""";
        assertThat(extract(html, "http://www.x.gov.cn/col/index.html"))
                .containsExactly(
                        "IMAGE http://www.x.gov.cn/first/logo.png",
                        "IMAGE http://www.x.gov.cn/first/go.png",
                        "STYLESHEET http://www.x.gov.cn/first/both.css",
                        "IMAGE http://www.x.gov.cn/first/both.css",
                        "IMAGE http://www.x.gov.cn/first/touch.png",
                        "MEDIA http://www.x.gov.cn/first/a.mp3",
                        "MEDIA http://www.x.gov.cn/first/v.webm");
    }
}
