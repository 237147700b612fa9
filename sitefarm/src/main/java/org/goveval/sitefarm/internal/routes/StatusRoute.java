package org.goveval.sitefarm.internal.routes;

import org.goveval.sitefarm.internal.content.RenderedPage;
import org.goveval.sitefarm.internal.content.ThinPages;

/** A fixed status with an HTML body: planted 404s and 500s, soft 404s, a site's not-found fallback. */
public record StatusRoute(int status, RenderedPage page, ThinPages thin, Truth truth) implements Route {

    /** 404 with the not-found template. */
    public static StatusRoute notFound(ThinPages thin, Truth truth) {
        return new StatusRoute(404, thin.notFound(), thin, truth);
    }

    /** 200 with the not-found template: a soft 404. */
    public static StatusRoute softNotFound(ThinPages thin, Truth truth) {
        return new StatusRoute(200, thin.notFound(), thin, truth);
    }

    @Override
    public Reply answer(Request request) {
        return Reply.html(status, page, thin.encoding());
    }
}
