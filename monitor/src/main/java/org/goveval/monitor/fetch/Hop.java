package org.goveval.monitor.fetch;

import java.net.URI;
import java.util.Objects;

/** One redirect response in a chain: the URL asked for and the 3xx status it answered with. */
public record Hop(URI uri, int status) {
    public Hop {
        Objects.requireNonNull(uri, "uri");
    }
}
