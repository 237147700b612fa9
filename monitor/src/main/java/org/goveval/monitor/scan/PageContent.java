package org.goveval.monitor.scan;

import java.net.URI;
import java.util.Objects;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * A fetched HTML page, decoded and parsed, with its final URL as the base for its links.
 *
 * @param text the visible text, white space collapsed: taken once, since the soft-404 check and the page
 *     fingerprint both need it and taking it walks the whole page
 */
public record PageContent(URI uri, Document document, String text) {
    private static final Evaluator TITLE = new Evaluator.Tag("title");

    public PageContent {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }

    /** A page with its visible text taken from the document's body ({@link VisibleText}, as jsoup's). */
    public PageContent(URI uri, Document document) {
        this(uri, document, document.body() == null ? "" : VisibleText.of(document.body()));
    }

    /**
     * The page's title as {@link Document#title()} gives it: the first {@code <title>} in the head, its text
     * with white space collapsed. Its text is taken by {@link VisibleText} instead of jsoup's {@link
     * Element#text()}, which it equals: the soft-404 check reads every page's title, and jsoup's way took
     * about three quarters of that check's time on pages of typical weight.
     */
    public String title() {
        Element title = document.head().selectFirst(TITLE);
        return title == null
                ? ""
                : StringUtil.normaliseWhitespace(VisibleText.of(title)).trim();
    }
}
