package org.goveval.sitefarm.internal.routes;

import java.util.List;
import org.goveval.sitefarm.internal.content.Link;

/** One scenario of a site: how it answers, and what the manifest says about it. */
public interface Route {

    /**
     * The answer to a request. Routes that stall block here, and give up as soon as the farm closes.
     *
     * @throws InterruptedException if the handling thread is interrupted while stalling
     */
    Reply answer(Request request) throws InterruptedException;

    Truth truth();

    /** The links a crawl follows from here: those of a real page, none for anything else. */
    default List<Link> links() {
        return List.of();
    }
}
