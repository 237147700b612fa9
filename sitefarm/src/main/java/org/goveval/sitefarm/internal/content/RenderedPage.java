package org.goveval.sitefarm.internal.content;

import java.util.List;
import java.util.Objects;

/**
 * A page as served, with every reference it contains.
 *
 * @param html the whole document
 * @param title the text of its {@code <title>}
 * @param links every href/src written, in document order, duplicates kept
 */
public record RenderedPage(String html, String title, List<Link> links) {
    public RenderedPage {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(title, "title");
        links = List.copyOf(links);
    }
}
