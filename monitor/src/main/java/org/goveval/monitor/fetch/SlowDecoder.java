package org.goveval.monitor.fetch;

/**
 * What a fast decoder hands the bytes it does not decode itself to, from a character boundary to the end: the
 * JDK's decoder in use; in tests, one that fails, to show that well-formed text never gets there.
 */
@FunctionalInterface
interface SlowDecoder {
    String decode(byte[] bytes, int offset, int length);

    /**
     * Decodes the bytes from {@code from} to {@code end} into {@code out} after the {@code written} characters
     * a fast decoder wrote; the number of characters in {@code out} then.
     */
    default int finish(byte[] bytes, int from, int end, char[] out, int written) {
        String rest = decode(bytes, from, end - from);
        rest.getChars(0, rest.length(), out, written);
        return written + rest.length();
    }
}
