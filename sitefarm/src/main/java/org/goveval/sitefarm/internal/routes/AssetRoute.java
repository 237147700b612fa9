package org.goveval.sitefarm.internal.routes;

import java.util.Objects;

/** Fixed bytes: stylesheets, scripts, images, attachments, robots.txt. */
public record AssetRoute(String contentType, byte[] body, Truth truth) implements Route {
    public AssetRoute {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(truth, "truth");
    }

    @Override
    public Reply answer(Request request) {
        return Reply.of(200, contentType, body);
    }
}
