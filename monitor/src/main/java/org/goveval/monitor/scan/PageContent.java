package org.goveval.monitor.scan;

import java.net.URI;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * A fetched HTML page, decoded and parsed, with its final URL as the base for its links.
 *
 * @param text the visible text, white space collapsed: taken once, since the soft-404 check and the page
 *     fingerprint both need it and taking it walks the whole page
 */
public record PageContent(URI uri, Document document, String text) {
    public PageContent {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }

    /** A page with its visible text taken from the document's body ({@link VisibleText}, as jsoup's). */
    public PageContent(URI uri, Document document) {
        this(uri, document, document.body() == null ? "" : VisibleText.of(document.body()));
    }

    public String title() {
        return document.title();
    }
}
