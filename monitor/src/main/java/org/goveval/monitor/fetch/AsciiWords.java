package org.goveval.monitor.fetch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The ASCII fast path the page decoders share. A decoder first widens the whole body into its character array
 * as if every byte were one character ({@link #inflate}); ASCII is then right where it stands, and a decoder
 * only finds where each ASCII run ends ({@link #run}, eight bytes at a time) and, once multi-byte characters
 * have made the text shorter than the bytes, moves the run down with {@link System#arraycopy}. Widening and
 * copying are the JDK's vectorised intrinsics. Widening each run eight bytes at a time, as this did before,
 * took 26 µs for a UTF-8 page of the benchmark farm where this takes 20 (BENCHMARKS.md, "Reading a page for
 * less, second part").
 */
final class AsciiWords {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private AsciiWords() {}

    /**
     * Sets {@code out[k]} to {@code bytes[offset + k] & 0xFF} for every {@code k} below {@code length}. A
     * Latin-1 String copies the bytes and {@link String#getChars} widens them, each a vectorised intrinsic: no
     * public method of the JDK widens bytes into a char array in one step.
     */
    static void inflate(byte[] bytes, int offset, int length, char[] out) {
        new String(bytes, offset, length, StandardCharsets.ISO_8859_1).getChars(0, length, out, 0);
    }

    /**
     * Puts the ASCII run at byte {@code i} where it belongs in {@code out}, whose characters from 0 to {@code n}
     * are decoded and whose rest still holds the {@linkplain #inflate widened} bytes from {@code offset}.
     *
     * @return the run's length: how many bytes from {@code i} (below {@code end}) are ASCII
     */
    static int place(byte[] bytes, int i, int end, int offset, char[] out, int n) {
        int run = run(bytes, i, end);
        // until the first multi-byte character the run is where it was widened to; after it, further down
        if (run > 0 && n != i - offset) {
            System.arraycopy(out, i - offset, out, n, run);
        }
        return run;
    }

    /** How many bytes from {@code from} (below {@code end}) are ASCII, up to the first that is not. */
    static int run(byte[] bytes, int from, int end) {
        int i = from;
        while (i + Long.BYTES <= end) {
            long high = (long) LONGS.get(bytes, i) & HIGH_BITS;
            if (high != 0) {
                // the array is read little-endian: the lowest set bit belongs to the first byte not ASCII
                return i - from + (Long.numberOfTrailingZeros(high) >>> 3);
            }
            i += Long.BYTES;
        }
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        return i - from;
    }
}
