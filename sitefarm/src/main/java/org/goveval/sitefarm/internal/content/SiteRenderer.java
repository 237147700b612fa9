package org.goveval.sitefarm.internal.content;

/**
 * Renders the real pages of one site. Rendering is a pure function of the content, so the manifest (computed
 * from a rendering at start) and every later answer contain the same links.
 */
public final class SiteRenderer {
    private final SiteContent content;
    private final PageFrame frame;

    public SiteRenderer(SiteContent content) {
        this.content = content;
        this.frame = new PageFrame(content);
    }

    /** The frame every page of the site is written in: made once, since the typical one gathers its lists. */
    PageFrame frame() {
        return frame;
    }

    public SiteContent content() {
        return content;
    }

    /** The page's {@code <title>}: the site's name for the homepage, else the page's name and the site's. */
    public String title(PageModel page) {
        String site = content.info().siteName();
        return switch (page) {
            case PageModel.Home home -> site;
            case PageModel.ColumnIndex index -> index.column().label() + "_" + site;
            case PageModel.SubColumnIndex index -> index.subColumn().label() + "_" + site;
            case PageModel.ArticleView view -> view.article().title() + "_" + site;
            case PageModel.Special special -> special.title() + "_" + site;
            case PageModel.Written written -> written.title() + "_" + site;
        };
    }

    public RenderedPage render(PageModel page) {
        HtmlWriter html = new HtmlWriter();
        String title = title(page);
        frame.begin(html, page.path(), title);
        switch (page) {
            case PageModel.Home home -> HomeBody.write(html, content);
            case PageModel.ColumnIndex index -> ColumnBody.write(html, content, index.column(), index.page());
            case PageModel.SubColumnIndex index -> ColumnBody.writeSub(html, content, index.subColumn());
            case PageModel.ArticleView view -> ArticleBody.write(html, content, view.article());
            case PageModel.Special special -> SpecialBody.write(html, content, special);
            case PageModel.Written written -> SpecialBody.write(html, content, written);
        }
        frame.end(html);
        return html.finish(title);
    }
}
