package org.goveval.monitor.scan;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Optional;
import org.goveval.monitor.fetch.FetchResult;
import org.goveval.monitor.fetch.PageDecoder;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Turns a fetched response into a page a scan crawls: the reader of {@link SiteAccess#read()}. */
public final class PageReader {
    /**
     * Bodies up to this size are decoded whole before parsing; larger ones as the parser reads. Decoding a
     * page at once into a String took about half the decoding time of a reader over the bytes, and the array
     * of characters {@link PageDecoder#reader} fills takes about half the String's time again
     * (BENCHMARKS.md, {@code DecodeBenchmark}). The price is the array beside the bytes while the page is
     * parsed, two bytes a character, and while it is decoded a Latin-1 copy of the bytes ({@code AsciiWords}):
     * at most 24 MiB across a scan's 32 workers by default. Government pages are mostly far smaller; the few
     * larger ones (long lists, a 10 MiB page at the cap) are streamed, gaining little from the fast path and
     * keeping the heap flat.
     */
    static final int DECODE_WHOLE_MAX_BYTES = 256 * 1024;

    /** Where in the body an HTML start must stand: after white space, within the first this many bytes. */
    static final int SNIFFED_BYTES = 512;

    private PageReader() {}

    /**
     * A 2xx HTML response decoded (charset rules of {@link PageDecoder}) and parsed with its final URL as base;
     * empty for anything else.
     */
    public static Optional<PageContent> read(FetchResult result) {
        return read(result, DECODE_WHOLE_MAX_BYTES);
    }

    /** {@link #read(FetchResult)} with the size up to which a body is decoded whole: for tests of both ways. */
    static Optional<PageContent> read(FetchResult result, int decodeWholeMaxBytes) {
        if (!result.isSuccess() || !looksLikeHtml(result)) {
            return Optional.empty();
        }
        PageDecoder.PageCharset charset = PageDecoder.charset(result);
        byte[] body = result.body();
        int offset = charset.bomLength();
        int length = body.length - offset;
        String base = result.finalUri().toString();
        Document document;
        if (length <= decodeWholeMaxBytes) {
            document =
                    Parser.htmlParser().parseInput(PageDecoder.reader(body, offset, length, charset.charset()), base);
        } else {
            Reader html = new InputStreamReader(new ByteArrayInputStream(body, offset, length), charset.charset());
            document = Parser.htmlParser().parseInput(html, base);
        }
        return Optional.of(new PageContent(result.finalUri(), document));
    }

    /** By its media type; without one, by how the body starts. */
    private static boolean looksLikeHtml(FetchResult result) {
        Optional<String> type = result.mediaType();
        if (type.isPresent()) {
            return type.get().equals("text/html") || type.get().equals("application/xhtml+xml");
        }
        return startsLikeHtml(result.body());
    }

    /**
     * Whether the body starts, after white space ({@link Character#isWhitespace} of each byte read as Latin-1),
     * with {@code <!doctype html} or {@code <html} in any case, within its first {@value #SNIFFED_BYTES} bytes.
     * Read from the bytes, the rule a String of them stripped and lower-cased would give, without making one.
     */
    static boolean startsLikeHtml(byte[] body) {
        int end = Math.min(body.length, SNIFFED_BYTES);
        int i = 0;
        while (i < end && Character.isWhitespace((char) (body[i] & 0xFF))) {
            i++;
        }
        return startsWithAscii(body, i, end, "<!doctype html") || startsWithAscii(body, i, end, "<html");
    }

    /** Whether the bytes from {@code from} (below {@code end}) are {@code lower}, ASCII letters in any case. */
    private static boolean startsWithAscii(byte[] bytes, int from, int end, String lower) {
        if (end - from < lower.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            int b = bytes[from + k];
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
