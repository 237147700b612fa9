package org.goveval.monitor.fetch;

import java.io.CharArrayReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a page body to text, finding its charset as browsers do (HTML standard, "determining the character
 * encoding"): a byte order mark, then the Content-Type charset, then a {@code <meta>} declaration in the first
 * 8 KiB, then a guess from the bytes (juniversalchardet), else UTF-8. A label that names no known charset is
 * skipped. Labels of the GB2312/GBK family decode as GB18030 (see {@link CharsetLabels}).
 */
public final class PageDecoder {
    /** The HTML standard's prescan looks at the first 1024 bytes; Chinese CMS templates put meta later. */
    private static final int META_WINDOW = 8 * 1024;
    /** Enough for the detector to be sure; more only costs time. */
    private static final int DETECTION_WINDOW = 256 * 1024;

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([^\"';,\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {}

    /** Decodes the body of a fetch result, using its Content-Type header. */
    public static DecodedPage decode(FetchResult result) {
        return decode(result.body(), result.header("content-type").orElse(""));
    }

    /**
     * Decodes a body.
     *
     * @param contentType the Content-Type header's value, or "" when there was none
     */
    public static DecodedPage decode(byte[] body, String contentType) {
        PageCharset found = charset(body, contentType);
        int bom = found.bomLength();
        String text = text(body, bom, body.length - bom, found.charset());
        return new DecodedPage(text, found.charset(), found.source());
    }

    /**
     * The text of {@code length} bytes from {@code offset} in {@code charset}: what {@code new String(bytes,
     * offset, length, charset)} gives, faster for UTF-8 ({@link Utf8Chars}) and GB18030 ({@link
     * Gb18030TwoByte}, the charset of every page labelled gb2312 or gbk).
     */
    public static String text(byte[] bytes, int offset, int length, Charset charset) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (!fastDecoded(charset)) {
            return new String(bytes, offset, length, charset);
        }
        char[] chars = new char[length];
        return new String(chars, 0, decodeInto(bytes, offset, length, charset, chars));
    }

    /**
     * The same text as {@link #text}, to be read once: for a parser, which reads a page through a reader in
     * any case (jsoup wraps a String in one). The characters are decoded into one array the reader reads, so
     * no String of them is made: that would copy the page once more.
     */
    public static Reader reader(byte[] bytes, int offset, int length, Charset charset) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (!fastDecoded(charset)) {
            return new StringReader(new String(bytes, offset, length, charset));
        }
        char[] chars = new char[length];
        return new CharArrayReader(chars, 0, decodeInto(bytes, offset, length, charset, chars));
    }

    private static boolean fastDecoded(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(CharsetLabels.GB18030);
    }

    /** Decodes with the fast decoder for {@code charset} into {@code out}; the number of characters. */
    private static int decodeInto(byte[] bytes, int offset, int length, Charset charset, char[] out) {
        return charset.equals(StandardCharsets.UTF_8)
                ? Utf8Chars.decode(bytes, offset, length, out)
                : Gb18030TwoByte.decode(bytes, offset, length, out);
    }

    /**
     * A page's charset and where it came from, found as {@link #decode} finds it, without decoding the page:
     * for a parser that decodes as it reads.
     *
     * @param bomLength the length of the byte order mark the body starts with (0 without one); not text
     */
    public record PageCharset(Charset charset, CharsetSource source, int bomLength) {
        public PageCharset {
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The charset of a fetch result's body, using its Content-Type header. */
    public static PageCharset charset(FetchResult result) {
        return charset(result.body(), result.header("content-type").orElse(""));
    }

    /**
     * The charset of a body.
     *
     * @param contentType the Content-Type header's value, or "" when there was none
     */
    public static PageCharset charset(byte[] body, String contentType) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Optional<PageCharset> withBom = bom(body);
        if (withBom.isPresent()) {
            return withBom.get();
        }
        Optional<Charset> header = find(HEADER_CHARSET, contentType);
        if (header.isPresent()) {
            return new PageCharset(header.get(), CharsetSource.HEADER, 0);
        }
        String head = new String(body, 0, Math.min(body.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Optional<Charset> meta = find(META_CHARSET, head).map(PageDecoder::asciiCompatible);
        if (meta.isPresent()) {
            return new PageCharset(meta.get(), CharsetSource.META, 0);
        }
        Optional<Charset> detected = detect(body);
        if (detected.isPresent()) {
            return new PageCharset(detected.get(), CharsetSource.DETECTED, 0);
        }
        return new PageCharset(StandardCharsets.UTF_8, CharsetSource.DEFAULT, 0);
    }

    private static Optional<PageCharset> bom(byte[] body) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new PageCharset(StandardCharsets.UTF_8, CharsetSource.BOM, 3));
        } else if (startsWith(body, 0xFE, 0xFF)) {
            return Optional.of(new PageCharset(StandardCharsets.UTF_16BE, CharsetSource.BOM, 2));
        } else if (startsWith(body, 0xFF, 0xFE)) {
            return Optional.of(new PageCharset(StandardCharsets.UTF_16LE, CharsetSource.BOM, 2));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        byte[] bytes = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            bytes[i] = (byte) prefix[i];
        }
        return Arrays.equals(body, 0, prefix.length, bytes, 0, prefix.length);
    }

    /** The first match of the pattern that names a known charset. */
    private static Optional<Charset> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            Optional<Charset> charset = CharsetLabels.charsetFor(matcher.group(1));
            if (charset.isPresent()) {
                return charset;
            }
        }
        return Optional.empty();
    }

    /** A meta tag read as ASCII cannot declare UTF-16: the HTML standard takes UTF-8 instead. */
    private static Charset asciiCompatible(Charset declared) {
        return declared.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : declared;
    }

    private static Optional<Charset> detect(byte[] body) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, Math.min(body.length, DETECTION_WINDOW));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || name.equalsIgnoreCase("US-ASCII")) {
            // plain ASCII says nothing: UTF-8 reads it the same and whatever follows it
            return Optional.empty();
        }
        return CharsetLabels.charsetFor(name);
    }
}
