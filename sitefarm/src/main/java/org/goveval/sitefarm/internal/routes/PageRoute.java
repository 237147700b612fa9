package org.goveval.sitefarm.internal.routes;

import java.util.List;
import java.util.Optional;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.PageModel;
import org.goveval.sitefarm.internal.content.RenderedPage;
import org.goveval.sitefarm.internal.content.SiteRenderer;

/**
 * A real page: 200 to GET and HEAD, 405 to anything else. Rendered on every request, identically.
 *
 * @param contentType the Content-Type header, or none (some GBK pages send none)
 */
public record PageRoute(SiteRenderer renderer, PageModel model, Optional<String> contentType) implements Route {

    @Override
    public Reply answer(Request request) {
        if (!request.method().equals("GET") && !request.isHead()) {
            return Reply.empty(405).withHeader("Allow", "GET, HEAD");
        }
        return Reply.html(200, render(), renderer.content().encoding(), contentType);
    }

    public RenderedPage render() {
        return renderer.render(model);
    }

    public String title() {
        return renderer.title(model);
    }

    @Override
    public Truth truth() {
        return new Truth.Page(title(), Optional.empty());
    }

    @Override
    public List<Link> links() {
        return render().links();
    }
}
