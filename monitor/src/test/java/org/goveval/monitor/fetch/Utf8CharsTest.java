package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast UTF-8 decoder gives what {@code new String(bytes, UTF_8)} gives: for every lead byte with every
 * second byte, for the malformed sequences (overlong forms, surrogates, code points above U+10FFFF, sequences
 * cut short, stray continuation bytes) and for random mixtures of all of them with ASCII runs of every length.
 */
class Utf8CharsTest {
    private static final Charset UTF_8 = StandardCharsets.UTF_8;
    private static final int[] TAILS = {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};

    @Test
    void everyLeadByteWithEverySecondByte() {
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int third : TAILS) {
                    for (int fourth : new int[] {0x80, 0xBF, 0x41}) {
                        byte[] bytes = {(byte) lead, (byte) second, (byte) third, (byte) fourth, 'x'};
                        for (int length = 1; length <= bytes.length; length++) { // cut short at every length
                            assertDecodesAsJdk(bytes, 0, length);
                        }
                    }
                }
            }
        }
    }

    @Test
    void chineseTextBetweenAsciiRunsOfEveryLength() {
        for (int before = 0; before < 20; before++) {
            for (int between = 0; between < 20; between++) {
                String text = "<".repeat(before) + "政务公开" + "a".repeat(between) + "😀€" + "b".repeat(before);
                byte[] bytes = text.getBytes(UTF_8);
                char[] out = new char[bytes.length];
                int n = Utf8Chars.decode(bytes, 0, bytes.length, out);
                assertThat(new String(out, 0, n)).isEqualTo(text);
            }
        }
    }

    /** Every well-formed character, from U+0000 to U+10FFFF, is decoded here, not by the JDK. */
    @Test
    void wellFormedTextNeverReachesTheSlowDecoder() {
        StringBuilder text = new StringBuilder();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF) {
                text.appendCodePoint(codePoint);
            }
        }
        byte[] bytes = text.toString().getBytes(UTF_8);
        char[] out = new char[bytes.length];
        SlowDecoder refused = (rest, from, count) -> {
            throw new AssertionError("handed to the JDK at byte " + from);
        };

        int n = Utf8Chars.decode(bytes, 0, bytes.length, out, refused);

        assertThat(new String(out, 0, n)).isEqualTo(text.toString());
    }

    @Test
    void decodesOnlyTheRangeAsked() throws IOException {
        byte[] bytes = "前言 body 正文 tail 后记".getBytes(UTF_8);
        int from = "前言 ".getBytes(UTF_8).length;
        int length = "body 正文 tail".getBytes(UTF_8).length;

        assertThat(PageDecoder.text(bytes, from, length, UTF_8)).isEqualTo("body 正文 tail");
        try (Reader reader = PageDecoder.reader(bytes, from, length, UTF_8)) {
            char[] read = new char[64];
            int n = reader.read(read);
            assertThat(new String(read, 0, n)).isEqualTo("body 正文 tail");
            assertThat(reader.read()).isEqualTo(-1);
        }
    }

    @Test
    void randomMixturesDecodeAsTheJdkDecodesThem() {
        Random random = new Random(20261207);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = mixture(random, 1 + random.nextInt(40));
            int offset = random.nextInt(Math.min(3, bytes.length) + 1);
            int length = bytes.length - offset - (bytes.length - offset > 0 ? random.nextInt(2) : 0);
            assertDecodesAsJdk(bytes, offset, length);
        }
    }

    private static void assertDecodesAsJdk(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        String decoded = new String(out, 0, Utf8Chars.decode(bytes, offset, length, out));
        String expected = new String(bytes, offset, length, UTF_8);
        if (!decoded.equals(expected)) { // described only when it fails: this runs millions of times
            assertThat(decoded)
                    .as("bytes %s from %d, %d long", HexFormat.ofDelimiter(" ").formatHex(bytes), offset, length)
                    .isEqualTo(expected);
        }
    }

    private static byte[] mixture(Random random, int pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] wellFormed = {"政", "府", "é", "€", "😀", "𠀀", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD7FF"};
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(7)) {
                case 0, 1 ->
                    out.writeBytes(
                            "abcdefghijklmnopq".substring(random.nextInt(17)).getBytes(UTF_8));
                case 2, 3 -> out.writeBytes(wellFormed[random.nextInt(wellFormed.length)].getBytes(UTF_8));
                case 4 -> out.write(0x80 + random.nextInt(0x80)); // any high byte alone
                case 5 -> { // a lead with continuation bytes of any count
                    out.write(0xC0 + random.nextInt(0x40));
                    for (int k = random.nextInt(4); k > 0; k--) {
                        out.write(0x80 + random.nextInt(0x40));
                    }
                }
                default -> out.writeBytes(new byte[] {(byte) 0xED, (byte) (0xA0 + random.nextInt(0x20)), (byte) 0x80});
            }
        }
        return out.toByteArray();
    }
}
