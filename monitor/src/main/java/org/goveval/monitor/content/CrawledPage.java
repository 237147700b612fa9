package org.goveval.monitor.content;

import java.net.URI;
import java.util.Objects;
import org.goveval.monitor.fetch.FetchResult;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * A fetched and parsed HTML page as content checks see it. Observers must not keep the page or its
 * document beyond the call: they are large and a scan sees many.
 *
 * <p>The visible text is computed once, on first use, because several checks read it.
 */
public final class CrawledPage {
    /** How the scan came to fetch the page. */
    public enum Role {
        /** A page of the site, crawled for its links. */
        CRAWLED,
        /** A page another site serves, fetched only to judge a link to it (the first 64 KiB at most). */
        LINKED
    }

    private final URI url;
    private final Role role;
    private final int depth;
    private final boolean homepage;
    private final FetchResult result;
    private final Document document;
    private @Nullable String text;

    public CrawledPage(URI url, Role role, int depth, boolean homepage, FetchResult result, Document document) {
        this(url, role, depth, homepage, result, document, null);
    }

    /**
     * A page whose visible text the scan took already (for its fingerprint and soft-404 check): the checks
     * reading the text do not walk the page a second time.
     *
     * @param text the body's visible text as jsoup's {@code Element.text()} gives it, or null to take it when
     *     first asked
     */
    public CrawledPage(
            URI url,
            Role role,
            int depth,
            boolean homepage,
            FetchResult result,
            Document document,
            @Nullable String text) {
        this.url = Objects.requireNonNull(url, "url");
        this.role = Objects.requireNonNull(role, "role");
        this.depth = depth;
        this.homepage = homepage;
        this.result = Objects.requireNonNull(result, "result");
        this.document = Objects.requireNonNull(document, "document");
        this.text = text;
    }

    /** The page's URL as the scan names it (where it redirected, when that was crawled under its own name). */
    public URI url() {
        return url;
    }

    public Role role() {
        return role;
    }

    /** Links from the home page; -1 for a {@link Role#LINKED} page. */
    public int depth() {
        return depth;
    }

    public boolean homepage() {
        return homepage;
    }

    /** The response: status, headers, the body as fetched, when. */
    public FetchResult result() {
        return result;
    }

    public Document document() {
        return document;
    }

    public String title() {
        return document.title();
    }

    /** The visible text of the body, white space collapsed. */
    public synchronized String text() {
        if (text == null) {
            text = document.body() == null ? "" : document.body().text();
        }
        return text;
    }
}
