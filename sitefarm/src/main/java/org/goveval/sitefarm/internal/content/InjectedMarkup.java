package org.goveval.sitefarm.internal.content;

import java.util.function.Consumer;

/**
 * Renders a page outside the columns with extra markup written after its text, as a hacked CMS template
 * carries it: hidden links and their styles. Links the markup writes through the {@link HtmlWriter} are
 * recorded like any other, so the manifest knows them.
 */
public final class InjectedMarkup {
    private InjectedMarkup() {}

    public static RenderedPage render(SiteRenderer renderer, PageModel.Special page, Consumer<HtmlWriter> markup) {
        HtmlWriter html = new HtmlWriter();
        String title = renderer.title(page);
        PageFrame frame = renderer.frame();
        frame.begin(html, page.path(), title);
        SpecialBody.write(html, renderer.content(), page);
        markup.accept(html);
        frame.end(html);
        return html.finish(title);
    }
}
