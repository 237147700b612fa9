package org.goveval.sitefarm.internal.content;

import java.util.Objects;

/**
 * A reference as written in a page.
 *
 * @param href the attribute value, unresolved (it may be relative, a fragment or a javascript: URL)
 * @param text the anchor text or alt text; empty for stylesheets and scripts
 */
public record Link(String href, LinkTag tag, String text) {
    public Link {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(text, "text");
    }

    public static Link a(String href, String text) {
        return new Link(href, LinkTag.A, text);
    }
}
