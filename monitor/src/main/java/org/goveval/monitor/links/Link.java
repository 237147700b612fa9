package org.goveval.monitor.links;

import java.net.URI;
import java.util.Objects;

/**
 * A link found on a page.
 *
 * @param target the normalised absolute URL
 * @param raw the attribute value as written in the page
 * @param text the anchor text or alt text, trimmed, possibly empty (untrusted: escape wherever it shows)
 */
public record Link(URI target, String raw, LinkType type, String text) {
    public Link {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
