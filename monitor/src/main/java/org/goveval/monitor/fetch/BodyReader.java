package org.goveval.monitor.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, undoing the gzip and deflate content codings (RFC 9110 §8.4), up to a cap on the
 * decoded bytes: the cap also stops a small compressed body that inflates to gigabytes.
 */
final class BodyReader {
    private static final int CHUNK = 8192;

    /** A body as read; {@code truncated} when there was more than the cap. */
    record Body(byte[] bytes, boolean truncated) {}

    private BodyReader() {}

    /**
     * @param contentEncoding the values of the Content-Encoding header; codings other than gzip, x-gzip and
     *     deflate (which the fetcher does not ask for) are left as sent
     * @param maxBytes the most decoded bytes to keep, at most {@code Integer.MAX_VALUE - 8}
     * @throws IOException when the connection breaks or the compressed data is corrupt; closes {@code raw}
     */
    static Body read(InputStream raw, List<String> contentEncoding, long maxBytes) throws IOException {
        try (InputStream in = decoded(raw, contentEncoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 64 * 1024));
            byte[] chunk = new byte[CHUNK];
            long remaining = maxBytes;
            while (remaining > 0) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, remaining));
                if (n < 0) {
                    return new Body(out.toByteArray(), false);
                }
                out.write(chunk, 0, n);
                remaining -= n;
            }
            // one more byte tells a body of exactly maxBytes from a longer one
            boolean more = in.read() >= 0;
            return new Body(out.toByteArray(), more);
        }
    }

    private static InputStream decoded(InputStream raw, List<String> contentEncoding) throws IOException {
        List<String> codings = new ArrayList<>();
        for (String value : contentEncoding) {
            for (String coding : value.split(",")) {
                String name = coding.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals("identity")) {
                    codings.add(name);
                }
            }
        }
        InputStream in = raw;
        // codings are listed in the order they were applied: undo the last first
        for (int i = codings.size() - 1; i >= 0; i--) {
            in = decoding(in, codings.get(i));
        }
        return in;
    }

    private static InputStream decoding(InputStream in, String coding) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        byte[] head = peek.readNBytes(2);
        peek.unread(head);
        if (head.length == 0) {
            // an empty body (HEAD, 204, 304) labelled gzip is not a broken gzip stream
            return peek;
        }
        return switch (coding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(peek, CHUNK);
            // "deflate" should be zlib-wrapped (RFC 1950) but some servers send raw RFC 1951 data
            case "deflate" -> isZlib(head) ? new InflaterInputStream(peek) : rawDeflate(peek);
            default -> peek;
        };
    }

    private static boolean isZlib(byte[] head) {
        int cmf = head[0] & 0xFF;
        int flg = head.length > 1 ? head[1] & 0xFF : 0;
        return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }

    private static InputStream rawDeflate(InputStream in) {
        Inflater inflater = new Inflater(true);
        return new InflaterInputStream(in, inflater, CHUNK) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    // an InflaterInputStream ends only the Inflater it created itself
                    inflater.end();
                }
            }
        };
    }
}
