package org.goveval.sitefarm.internal.routes;

import java.util.OptionalInt;

/**
 * How a server or a firewall in front of it turns HEAD away while GET works: the ways government sites do it.
 * A link checker that trusts HEAD reports every one of them as broken.
 */
public enum HeadRefusal {
    /** 405 Method Not Allowed, with an Allow header (IIS and CMS front ends configured for GET and POST). */
    METHOD_NOT_ALLOWED(405),
    /** 403 Forbidden (a web application firewall that blocks every method but GET and POST). */
    FORBIDDEN(403),
    /** 501 Not Implemented (an old application server that never learnt HEAD). */
    NOT_IMPLEMENTED(501),
    /** The connection closed without any answer (a firewall that drops the request). */
    CLOSED(0);

    private final int status;

    HeadRefusal(int status) {
        this.status = status;
    }

    /** The status HEAD is answered with; empty when it gets no answer at all. */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** What HEAD gets, in the words the manifest uses: {@code 405}, or {@code no answer}. */
    public String describe() {
        return status == 0 ? "no answer" : Integer.toString(status);
    }

    /** The answer to a HEAD request. */
    Reply reply() {
        return switch (this) {
            case METHOD_NOT_ALLOWED -> Reply.empty(405).withHeader("Allow", "GET, POST");
            case FORBIDDEN, NOT_IMPLEMENTED -> Reply.empty(status);
            case CLOSED -> Reply.abort();
        };
    }
}
