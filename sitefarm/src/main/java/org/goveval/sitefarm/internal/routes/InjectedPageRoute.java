package org.goveval.sitefarm.internal.routes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.goveval.sitefarm.internal.content.HtmlWriter;
import org.goveval.sitefarm.internal.content.InjectedMarkup;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.PageModel;
import org.goveval.sitefarm.internal.content.RenderedPage;

/** A real page outside the columns that carries injected markup (see {@link InjectedMarkup}). */
public record InjectedPageRoute(PageRoute page, Consumer<HtmlWriter> markup) implements Route {
    public InjectedPageRoute {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(markup, "markup");
        if (!(page.model() instanceof PageModel.Special)) {
            throw new IllegalArgumentException("injected markup goes on special pages only: " + page.model());
        }
    }

    @Override
    public Reply answer(Request request) {
        if (!request.method().equals("GET") && !request.isHead()) {
            return Reply.empty(405).withHeader("Allow", "GET, HEAD");
        }
        return Reply.html(200, render(), page.renderer().content().encoding(), page.contentType());
    }

    private RenderedPage render() {
        return InjectedMarkup.render(page.renderer(), (PageModel.Special) page.model(), markup);
    }

    @Override
    public Truth truth() {
        return new Truth.Page(page.title(), Optional.empty());
    }

    @Override
    public List<Link> links() {
        return render().links();
    }
}
