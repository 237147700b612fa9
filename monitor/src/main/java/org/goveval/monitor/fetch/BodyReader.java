package org.goveval.monitor.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The first buffer when the length is not known in advance: most pages fit. */
    private static final int FIRST_BUFFER = 32 * 1024;
    /** What is read past the end of a decoded body to reach the end of the raw one (a gzip trailer). */
    private static final int DRAIN_LIMIT = 64 * 1024;

    /** A body as read; {@code truncated} when there was more than the cap. */
    record Body(byte[] bytes, boolean truncated) {}

    private BodyReader() {}

    /**
     * @param contentEncoding the values of the Content-Encoding header; codings other than gzip, x-gzip and
     *     deflate (which the fetcher does not ask for) are left as sent
     * @param contentLength the Content-Length, or -1 when unknown; only sizes the buffer (a wrong one costs a
     *     copy, nothing else)
     * @param maxBytes the most decoded bytes to keep, at most {@code Integer.MAX_VALUE - 8}
     * @throws IOException when the connection breaks or the compressed data is corrupt; closes {@code raw}
     */
    static Body read(InputStream raw, List<String> contentEncoding, long contentLength, long maxBytes)
            throws IOException {
        try (InputStream in = decoded(raw, contentEncoding)) {
            boolean identity = in == raw;
            // with the identity coding and a Content-Length within the cap the buffer has the exact size: no
            // copy (a 10 MiB page would otherwise hold a 16 MiB buffer and a 10 MiB copy at once)
            long expected = identity && contentLength >= 0 && contentLength <= maxBytes ? contentLength : -1;
            byte[] buffer = new byte[(int) (expected >= 0 ? expected : Math.min(maxBytes, FIRST_BUFFER))];
            int size = 0;
            while (size < maxBytes) {
                if (size == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes, Math.max(2L * size, CHUNK)));
                }
                int n = in.read(buffer, size, buffer.length - size);
                if (n < 0) {
                    if (!identity) {
                        drain(raw); // the decoder may stop before the end of the raw stream
                    }
                    return new Body(trimmed(buffer, size), false);
                }
                size += n;
            }
            // one more byte tells a body of exactly maxBytes from a longer one
            boolean more = in.read() >= 0;
            if (!more && !identity) {
                drain(raw);
            }
            return new Body(trimmed(buffer, size), more);
        }
    }

    /**
     * Reads what is left of a stream, up to a small limit, so that closing it does not cancel the exchange and
     * close the connection (the fetcher does so for a body not read to its end: see {@link AbandonableBody}).
     */
    static void drain(InputStream raw) throws IOException {
        long left = DRAIN_LIMIT;
        byte[] sink = new byte[256];
        while (left > 0) {
            int n = raw.read(sink, 0, (int) Math.min(sink.length, left));
            if (n < 0) {
                return;
            }
            left -= n;
        }
    }

    private static byte[] trimmed(byte[] buffer, int size) {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
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
