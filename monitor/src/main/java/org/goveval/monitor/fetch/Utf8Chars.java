package org.goveval.monitor.fetch;

import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 into a char array as {@code new String(bytes, UTF_8)} decodes it, in about two thirds of the
 * time on Chinese pages (20 against 30 µs a page of the benchmark farm's typical weight, BENCHMARKS.md). The
 * JDK's decoder takes ASCII eight bytes at a
 * time only until the first non-ASCII byte; from there it takes the rest of the page one byte at a time, so a
 * page whose first Chinese character stands in its {@code <title>} is decoded almost wholly that slow way, and
 * it then copies its result into the String. Here the ASCII, between and after the Chinese text, is widened
 * with the rest of the page at once and then only moved into place ({@link AsciiWords}), runs of three-byte
 * characters are decoded in a loop of their own, and the characters stay in the array the parser reads.
 *
 * <p>Only well-formed sequences are decoded here. At the first byte that is not (a stray continuation byte,
 * an overlong form, a surrogate, a sequence cut short, a byte no UTF-8 has), the rest is handed to the JDK
 * from that character boundary on; UTF-8 carries no state from one character to the next, so the text is
 * the JDK's for the whole, replacement characters included.
 */
final class Utf8Chars {

    private Utf8Chars() {}

    /**
     * Decodes {@code length} bytes from {@code offset} into {@code out} from its start.
     *
     * @param out at least {@code length} long: UTF-8 never gives more characters than bytes
     * @return the number of characters written
     */
    static int decode(byte[] bytes, int offset, int length, char[] out) {
        return decode(
                bytes,
                offset,
                length,
                out,
                (rest, from, count) -> new String(rest, from, count, StandardCharsets.UTF_8));
    }

    /** {@link #decode(byte[], int, int, char[])} handing what it does not decode itself to {@code slow}. */
    static int decode(byte[] bytes, int offset, int length, char[] out, SlowDecoder slow) {
        int end = offset + length;
        int i = offset;
        int n = 0;
        AsciiWords.inflate(bytes, offset, length, out);
        while (i < end) {
            int run = AsciiWords.place(bytes, i, end, offset, out, n);
            i += run;
            n += run;
            if (i == end) {
                break;
            }
            int b = bytes[i];
            // a run of three-byte characters (Chinese text: CJK, punctuation, full-width forms) in a loop of
            // its own; E0 and ED, whose second byte is narrower, and anything else fall through
            int start = n;
            while (i + 2 < end && isCommonThreeByte(bytes[i], bytes[i + 1], bytes[i + 2])) {
                out[n++] = (char) (((bytes[i] & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            }
            if (n > start) {
                continue;
            }
            int lead = b & 0xFF;
            if (lead >= 0xE0
                    && lead <= 0xEF
                    && i + 2 < end
                    && secondOfThreeOk(lead, bytes[i + 1] & 0xFF)
                    && isContinuation(bytes[i + 2])) {
                out[n++] = (char) (((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            } else if (lead >= 0xC2 && lead <= 0xDF && i + 1 < end && isContinuation(bytes[i + 1])) {
                out[n++] = (char) (((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if (lead >= 0xF0
                    && lead <= 0xF4
                    && i + 3 < end
                    && secondOfFourOk(lead, bytes[i + 1] & 0xFF)
                    && isContinuation(bytes[i + 2])
                    && isContinuation(bytes[i + 3])) {
                int codePoint = ((lead & 0x07) << 18)
                        | ((bytes[i + 1] & 0x3F) << 12)
                        | ((bytes[i + 2] & 0x3F) << 6)
                        | (bytes[i + 3] & 0x3F);
                out[n++] = Character.highSurrogate(codePoint);
                out[n++] = Character.lowSurrogate(codePoint);
                i += 4;
            } else {
                return slow.finish(bytes, i, end, out, n);
            }
        }
        return n;
    }

    /** A lead byte E1–EC or EE–EF and two continuation bytes: a character U+1000–U+CFFF or U+E000–U+FFFF. */
    private static boolean isCommonThreeByte(byte lead, byte second, byte third) {
        int l = lead & 0xFF;
        return l >= 0xE1 && l <= 0xEF && l != 0xED && isContinuation(second) && isContinuation(third);
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** E0 needs A0–BF (no overlong forms), ED 80–9F (no surrogates), the others 80–BF. */
    private static boolean secondOfThreeOk(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            default -> second >= 0x80 && second <= 0xBF;
        };
    }

    /** F0 needs 90–BF (no overlong forms), F4 80–8F (nothing above U+10FFFF), the others 80–BF. */
    private static boolean secondOfFourOk(int lead, int second) {
        return switch (lead) {
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> second >= 0x80 && second <= 0xBF;
        };
    }
}
