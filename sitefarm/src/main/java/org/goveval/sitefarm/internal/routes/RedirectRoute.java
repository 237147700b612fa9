package org.goveval.sitefarm.internal.routes;

/** A redirect to a fixed Location (an absolute path), in loops, long chains and moved pages. */
public record RedirectRoute(int status, String location, Truth truth) implements Route {

    @Override
    public Reply answer(Request request) {
        return Reply.empty(status).withHeader("Location", location);
    }
}
