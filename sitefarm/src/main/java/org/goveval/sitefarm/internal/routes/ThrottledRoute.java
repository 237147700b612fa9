package org.goveval.sitefarm.internal.routes;

import org.goveval.sitefarm.internal.content.ThinPages;
import org.goveval.sitefarm.manifest.LinkKind;

/** Always 429 with {@code Retry-After: 1}, however long the client waits: persistently throttled. */
public record ThrottledRoute(ThinPages thin) implements Route {

    @Override
    public Reply answer(Request request) {
        return Reply.html(429, thin.tooManyRequests(), thin.encoding()).withHeader("Retry-After", "1");
    }

    @Override
    public Truth truth() {
        return new Truth.Broken(LinkKind.THROTTLED, 429);
    }
}
