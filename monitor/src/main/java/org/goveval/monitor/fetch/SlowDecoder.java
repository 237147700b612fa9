package org.goveval.monitor.fetch;

/**
 * What a fast decoder hands the bytes it does not decode itself to, from a character boundary to the end: the
 * JDK's decoder in use; in tests, one that fails, to show that well-formed text never gets there.
 */
@FunctionalInterface
interface SlowDecoder {
    String decode(byte[] bytes, int offset, int length);
}
