package org.goveval.sitefarm.internal.routes;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.goveval.sitefarm.internal.content.Link;

/** A real page that answers after a delay no scanner may count as a failure ({@code slowOk}). */
public record SlowRoute(PageRoute page, Stall stall, Duration delay) implements Route {

    @Override
    public Reply answer(Request request) throws InterruptedException {
        if (stall.await(delay)) {
            return Reply.abort();
        }
        return page.answer(request);
    }

    @Override
    public Truth truth() {
        return new Truth.Page(
                page.title(), Optional.of("slow but fine: answers 200 after " + delay.toMillis() + " ms"));
    }

    @Override
    public List<Link> links() {
        return page.links();
    }
}
