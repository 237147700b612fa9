package org.goveval.sitefarm.internal.content;

import java.util.List;
import org.goveval.sitefarm.Encoding;

/**
 * Minimal pages: error pages ("页面不存在" and others) and the thin pages of traps. Their links are never planted
 * defects; every error page of a site is byte-identical whatever the path, as a CMS's template is.
 */
public final class ThinPages {
    private final SiteInfo info;
    private final Encoding encoding;

    public ThinPages(SiteInfo info, Encoding encoding) {
        this.info = info;
        this.encoding = encoding;
    }

    public Encoding encoding() {
        return encoding;
    }

    /** The not-found template: 页面不存在, 您访问的页面已删除或不存在. */
    public RenderedPage notFound() {
        return page("页面不存在", List.of("抱歉，您访问的页面已删除或不存在。", "请检查网址是否正确，或返回首页继续浏览。"), List.of(Link.a("/", "返回首页")));
    }

    public RenderedPage serverError() {
        return page("服务器内部错误", List.of("服务器暂时无法处理您的请求，请稍后再试。"), List.of());
    }

    public RenderedPage tooManyRequests() {
        return page("访问过于频繁", List.of("您的访问过于频繁，请稍后再试。"), List.of());
    }

    public RenderedPage forbidden() {
        return page("禁止访问", List.of("您没有权限访问该页面。"), List.of());
    }

    /** A thin page: a heading, short paragraphs and links. */
    public RenderedPage page(String heading, List<String> paragraphs, List<Link> links) {
        HtmlWriter html = new HtmlWriter();
        String title = heading + "_" + info.siteName();
        html.raw("<!DOCTYPE html>\n").open("html", "lang", "zh-CN").open("head");
        PageFrame.head(html, encoding, title);
        html.close("head").open("body").element("h1", heading);
        paragraphs.forEach(paragraph -> html.element("p", paragraph));
        links.forEach(link -> html.open("p").link(link).close("p"));
        html.close("body").close("html");
        return html.finish(title);
    }
}
