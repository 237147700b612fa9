package org.goveval.monitor.fetch;

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
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        Optional<DecodedPage> withBom = decodeBom(body);
        if (withBom.isPresent()) {
            return withBom.get();
        }
        Optional<Charset> header = find(HEADER_CHARSET, contentType);
        if (header.isPresent()) {
            return new DecodedPage(new String(body, header.get()), header.get(), CharsetSource.HEADER);
        }
        String head = new String(body, 0, Math.min(body.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Optional<Charset> meta = find(META_CHARSET, head).map(PageDecoder::asciiCompatible);
        if (meta.isPresent()) {
            return new DecodedPage(new String(body, meta.get()), meta.get(), CharsetSource.META);
        }
        Optional<Charset> detected = detect(body);
        if (detected.isPresent()) {
            return new DecodedPage(new String(body, detected.get()), detected.get(), CharsetSource.DETECTED);
        }
        return new DecodedPage(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8, CharsetSource.DEFAULT);
    }

    private static Optional<DecodedPage> decodeBom(byte[] body) {
        Charset charset;
        int length;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            length = 3;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            length = 2;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            length = 2;
        } else {
            return Optional.empty();
        }
        String text = new String(body, length, body.length - length, charset);
        return Optional.of(new DecodedPage(text, charset, CharsetSource.BOM));
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
