package org.goveval.sitefarm.internal.routes;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.goveval.sitefarm.internal.content.Link;
import org.goveval.sitefarm.internal.content.ThinPages;

/**
 * A real page that answers its very first request (any method) with 429 and {@code Retry-After: 1}, and 200
 * ever after: a scanner that waits and retries sees a page.
 */
public final class RetryOnceRoute implements Route {
    private final PageRoute page;
    private final ThinPages thin;
    private final AtomicBoolean answered = new AtomicBoolean();

    public RetryOnceRoute(PageRoute page, ThinPages thin) {
        this.page = page;
        this.thin = thin;
    }

    @Override
    public Reply answer(Request request) {
        if (answered.compareAndSet(false, true)) {
            return Reply.html(429, thin.tooManyRequests(), thin.encoding()).withHeader("Retry-After", "1");
        }
        return page.answer(request);
    }

    @Override
    public Truth truth() {
        return new Truth.Page(page.title(), Optional.of("429 with Retry-After: 1 on the first request, then 200"));
    }

    @Override
    public List<Link> links() {
        return page.links();
    }
}
