package org.goveval.sitefarm.internal.routes;

import java.util.Objects;

/**
 * A file (an attachment, an image) that its server refuses to HEAD but serves to GET: a link checker that asks
 * with HEAD first must ask again with GET before it reports anything. Listed as not broken.
 */
public record HeadRefusedFileRoute(AssetRoute file, HeadRefusal refusal) implements Route {

    /** How every such file's {@code why} in the manifest begins, so that tests can find them. */
    public static final String WHY_PREFIX = "HEAD refused";

    public HeadRefusedFileRoute {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(refusal, "refusal");
    }

    @Override
    public Reply answer(Request request) {
        return request.isHead() ? refusal.reply() : file.answer(request);
    }

    @Override
    public Truth truth() {
        return new Truth.Fine(WHY_PREFIX + " (" + refusal.describe() + "), GET answers 200 " + file.contentType());
    }
}
