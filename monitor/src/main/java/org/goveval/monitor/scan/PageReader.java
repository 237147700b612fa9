package org.goveval.monitor.scan;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.fetch.PageDecoder;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Turns a fetched response into a page a scan crawls: the reader of {@link SiteAccess#read()}. */
public final class PageReader {
    private PageReader() {}

    /**
     * A 2xx HTML response decoded (charset rules of {@link PageDecoder}) and parsed with its final URL as base;
     * empty for anything else. The parser decodes as it reads: the page never exists as one String beside its
     * bytes and its document (a 10 MiB Chinese page would be 20 MiB more).
     */
    public static Optional<PageContent> read(FetchResult result) {
        if (!result.isSuccess() || !looksLikeHtml(result)) {
            return Optional.empty();
        }
        PageDecoder.PageCharset charset = PageDecoder.charset(result);
        byte[] body = result.body();
        Reader html = new InputStreamReader(
                new ByteArrayInputStream(body, charset.bomLength(), body.length - charset.bomLength()),
                charset.charset());
        Document document =
                Parser.htmlParser().parseInput(html, result.finalUri().toString());
        return Optional.of(new PageContent(result.finalUri(), document));
    }

    /** By its media type; without one, by how the body starts. */
    private static boolean looksLikeHtml(FetchResult result) {
        Optional<String> type = result.mediaType();
        if (type.isPresent()) {
            return type.get().equals("text/html") || type.get().equals("application/xhtml+xml");
        }
        int n = Math.min(result.body().length, 512);
        String start = new String(result.body(), 0, n, StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
