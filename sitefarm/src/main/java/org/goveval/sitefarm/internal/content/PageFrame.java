package org.goveval.sitefarm.internal.content;

import org.goveval.sitefarm.Encoding;
import org.goveval.sitefarm.PageWeight;

/**
 * The parts every real page shares: head, header with search box, navigation of the nine columns, and the
 * footer with the identification marks (网站标识码, ICP备案, 公安机关备案, 主办单位, the 纠错 and 党政机关 badges).
 *
 * <p>The footer writes no link to another host: the ICP and police filings are plain text, the 纠错 script is
 * served by the site itself and the conac badge is the inline {@code document.write} the real badge uses, with
 * a local path, so that nothing on a farm page points off loopback.
 */
final class PageFrame {
    private final SiteContent content;

    /** The rest of a typical page's frame; nothing for the light frame. */
    private final FrameExtras extras;

    PageFrame(SiteContent content) {
        this.content = content;
        this.extras = content.weight() == PageWeight.TYPICAL ? new TypicalFrame(content) : FrameExtras.NONE;
    }

    /** Writes everything up to the page's own content. */
    void begin(HtmlWriter html, String path, String title) {
        html.raw("<!DOCTYPE html>\n").open("html", "lang", "zh-CN").open("head");
        head(html, content.encoding(), title);
        html.empty("meta", "name", "SiteName", "content", content.info().siteName());
        extras.head(html);
        html.stylesheet("/css/style.css").script("/js/common.js");
        content.planted(path, Slot.HEAD).forEach(html::link);
        html.close("head").open("body", "id", "top");
        extras.topBar(html);
        header(html, path);
        navigation(html);
        extras.menu(html);
        html.open("div", "class", "main");
    }

    /** Writes the footer and closes the document; marks the site's content defects leave out are not written. */
    void end(HtmlWriter html) {
        SiteInfo info = content.info();
        FooterMarks marks = FooterMarks.of(content);
        html.close("div");
        extras.beforeFooter(html);
        html.open("div", extras.footerAttributes());
        html.open("p").a("#top", "返回顶部").close("p");
        html.element("p", marks.sponsor().map(host -> "主办单位：" + host + "　").orElse("") + "承办单位：" + info.undertaker());
        html.open("p").text("网站标识码：" + marks.siteCode() + "　");
        marks.icp().ifPresent(icp -> html.element("span", icp, "class", "icp"));
        marks.police()
                .ifPresent(police -> html.img("/images/ga.png", "公安机关备案").element("span", police, "class", "police"));
        html.close("p");
        html.open("p").text("联系电话：").a("tel:" + info.phone(), info.phone()).text("　联系邮箱：");
        html.a("mailto:" + info.email(), info.email()).close("p");
        html.script("/exposure/jiucuo.js", "id", "_jiucuo_", "sitecode", info.siteCode());
        marks.conacScript().ifPresent(path -> {
            html.open("span", "id", "_ideConac").close("span");
            html.open("script", "type", "text/javascript")
                    .raw("document.write(unescape(\"%3Cscript src='" + path
                            + "' type='text/javascript'%3E%3C/script%3E\"));")
                    .close("script");
        });
        html.close("div");
        extras.endOfBody(html);
        html.close("body").close("html");
    }

    /** The charset declaration and title of any page of the site, thin ones included. */
    static void head(HtmlWriter html, Encoding encoding, String title) {
        if (encoding == Encoding.UTF_8) {
            html.empty("meta", "charset", "utf-8");
        } else {
            html.empty(
                    "meta", "http-equiv", "Content-Type", "content", "text/html; charset=" + encoding.declaredName());
        }
        html.element("title", title);
    }

    private void header(HtmlWriter html, String path) {
        SiteInfo info = content.info();
        html.open("div", "class", "header").openLink("/", info.siteName());
        html.img("/images/logo.png", info.siteName()).close("a");
        html.element("span", info.siteName(), "class", "sitename");
        if (path.equals("/")) {
            html.a("javascript:void(0)", "无障碍浏览", "class", "wza");
        }
        html.open("form", "action", "/search/result.html", "method", "get", "class", "search");
        html.empty("input", "type", "text", "name", "q", "placeholder", "请输入关键字");
        html.empty("input", "type", "submit", "value", "搜索");
        html.close("form").close("div");
    }

    private void navigation(HtmlWriter html) {
        html.open("div", "class", "nav").a("/", "首页");
        for (Column column : content.plan().columns()) {
            html.a(column.path(), column.label());
        }
        html.close("div");
    }
}
