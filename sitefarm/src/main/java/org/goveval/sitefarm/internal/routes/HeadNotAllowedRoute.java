package org.goveval.sitefarm.internal.routes;

import java.util.List;
import java.util.Optional;
import org.goveval.sitefarm.internal.content.Link;

/** A real page whose server refuses HEAD with 405 and answers GET with 200, as some CMS front ends do. */
public record HeadNotAllowedRoute(PageRoute page) implements Route {

    @Override
    public Reply answer(Request request) {
        if (request.isHead()) {
            return Reply.empty(405).withHeader("Allow", "GET, POST");
        }
        return page.answer(request);
    }

    @Override
    public Truth truth() {
        return new Truth.Page(page.title(), Optional.of("HEAD answers 405, GET answers 200"));
    }

    @Override
    public List<Link> links() {
        return page.links();
    }
}
