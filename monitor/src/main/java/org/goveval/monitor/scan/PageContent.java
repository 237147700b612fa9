package org.goveval.monitor.scan;

import java.net.URI;
import java.util.Objects;
import org.jsoup.nodes.Document;

/** A fetched HTML page, decoded and parsed, with its final URL as the base for its links. */
public record PageContent(URI uri, Document document) {
    public PageContent {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(document, "document");
    }

    public String title() {
        return document.title();
    }

    /** The visible text, white space collapsed. */
    public String text() {
        return document.body() == null ? "" : document.body().text();
    }
}
