package org.goveval.monitor.fetch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The ASCII fast path the page decoders share: eight bytes read as one long, and widened to characters when
 * none has its high bit set. Pages' ASCII comes in short runs between Chinese text, too short for a vectorised
 * loop to pay (BENCHMARKS.md, "Reading a page for less").
 */
final class AsciiWords {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private AsciiWords() {}

    /**
     * Widens whole words of ASCII from {@code from} (below {@code end}) into {@code out} from {@code at}, up to the
     * first word holding a byte that is not ASCII.
     *
     * @return how many bytes were widened: a multiple of eight, the rest of the run left to the caller
     */
    static int widen(byte[] bytes, int from, int end, char[] out, int at) {
        int i = from;
        while (i + Long.BYTES <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
            for (int k = 0; k < Long.BYTES; k++) {
                out[at + i - from + k] = (char) bytes[i + k];
            }
            i += Long.BYTES;
        }
        return i - from;
    }
}
