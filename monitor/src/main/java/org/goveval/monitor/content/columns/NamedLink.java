package org.goveval.monitor.content.columns;

import java.util.Objects;

/**
 * A link to a possible column and the name the page gives it.
 *
 * @param url absolute and normalised
 * @param name the link's text, or the heading of the block a 更多 link closes (untrusted; may be empty)
 */
record NamedLink(String url, String name) {
    NamedLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(name, "name");
    }
}
