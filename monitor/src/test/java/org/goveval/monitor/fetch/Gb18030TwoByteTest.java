package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast GB18030 decoder gives what the JDK gives, byte for byte of output: every two-byte sequence, the
 * four-byte ones, malformed bytes anywhere, and a page's worth of mixed text.
 */
class Gb18030TwoByteTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void everyTwoByteSequenceDecodesAsTheJdkDecodesIt() {
        byte[] pair = new byte[2];
        int checked = 0;
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int trail = 0x00; trail <= 0xFF; trail++) {
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                assertThat(PageDecoder.text(pair, 0, 2, GB18030))
                        .as("bytes %02X %02X", lead, trail)
                        .isEqualTo(new String(pair, GB18030));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(128 * 256);
    }

    /**
     * GB18030's two-byte area is 126 leads (81–FE) times 190 trails (40–7E, 80–FE), every one of them a
     * character (the user-defined ranges map to the Private Use Area): the table should hold them all, or
     * pages would fall back to the slow path on ordinary text.
     */
    @Test
    void theTableCoversTheWholeTwoByteArea() {
        char[] table = Gb18030TwoByte.table(GB18030);
        int filled = 0;
        for (char c : table) {
            if (c != 0) {
                filled++;
            }
        }
        assertThat(filled).isEqualTo(126 * 190);
    }

    /** ASCII and every two-byte character (all of GBK) are decoded here, not by the JDK. */
    @Test
    void asciiAndTwoByteTextNeverReachTheSlowDecoder() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail != 0x7F) {
                    bytes.write(lead);
                    bytes.write(trail);
                    bytes.write('a' + trail % 26);
                }
            }
        }
        byte[] all = bytes.toByteArray();
        char[] out = new char[all.length];
        SlowDecoder refused = (rest, from, count) -> {
            throw new AssertionError("handed to the JDK at byte " + from);
        };

        int n = Gb18030TwoByte.decode(all, 0, all.length, out, refused);

        assertThat(new String(out, 0, n)).isEqualTo(new String(all, GB18030));
        assertThat(n).isEqualTo(126 * 190 * 2);
    }

    @Test
    void gbkTextWithFourByteCharactersAndAsciiRoundTrips() {
        // 𠀀 (U+20000) and 😀 take four bytes in GB18030; € two (A2 E3); 镕 is GBK-only
        String text = "<p class=\"x\">国务院 朱镕基 €100 𠀀 😀 第2页</p>\r\n";
        byte[] bytes = text.getBytes(GB18030);

        assertThat(PageDecoder.text(bytes, 0, bytes.length, GB18030)).isEqualTo(text);
    }

    /**
     * ASCII after two-byte characters stands further down in the text than in the bytes, by one place per
     * character before it: runs of every length, shorter and longer than the eight bytes read at a time.
     */
    @Test
    void chineseTextBetweenAsciiRunsOfEveryLength() {
        for (int before = 0; before < 20; before++) {
            for (int between = 0; between < 20; between++) {
                String text = "<".repeat(before) + "政务公开" + "a".repeat(between) + "镕€" + "b".repeat(before + between);
                byte[] bytes = text.getBytes(GB18030);

                assertThat(PageDecoder.text(bytes, 0, bytes.length, GB18030)).isEqualTo(text);
            }
        }
    }

    @Test
    void decodesOnlyTheRangeAsked() {
        byte[] bytes = "前言正文后记".getBytes(GB18030);

        assertThat(PageDecoder.text(bytes, 4, 4, GB18030)).isEqualTo("正文");
        assertThat(PageDecoder.text(bytes, 0, 0, GB18030)).isEmpty();
    }

    @Test
    void pageDecoderRefusesARangeOutsideTheBytes() {
        byte[] bytes = "正文".getBytes(GB18030);

        assertThatThrownBy(() -> PageDecoder.text(bytes, 2, 4, GB18030)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /**
     * Random mixtures of what real GBK pages and broken ones hold: ASCII, two-byte characters, four-byte
     * sequences, lone lead bytes (also at the very end), 0x80 and 0xFF, trails out of range.
     */
    @Test
    void randomMixturesDecodeAsTheJdkDecodesThem() {
        Random random = new Random(20261207);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = mixture(random, 1 + random.nextInt(60));
            int offset = random.nextInt(Math.min(3, bytes.length) + 1);
            int length = bytes.length - offset - (bytes.length - offset > 0 ? random.nextInt(2) : 0);
            assertThat(PageDecoder.text(bytes, offset, length, GB18030))
                    .as("round %d", round)
                    .isEqualTo(new String(bytes, offset, length, GB18030));
        }
    }

    @Test
    void otherCharsetsDecodeAsTheJdk() {
        byte[] bytes = "政务公开 ok".getBytes(StandardCharsets.UTF_8);

        assertThat(PageDecoder.text(bytes, 0, bytes.length, StandardCharsets.UTF_8))
                .isEqualTo("政务公开 ok");
    }

    private static byte[] mixture(Random random, int pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(8)) {
                case 0, 1 -> out.write(0x20 + random.nextInt(0x5F)); // ASCII
                case 2, 3 -> { // a two-byte sequence, any lead and trail of the area
                    out.write(0x81 + random.nextInt(0x7E));
                    int trail = 0x40 + random.nextInt(0xBF);
                    out.write(trail);
                }
                case 4 -> { // a four-byte sequence, valid or not
                    out.write(0x81 + random.nextInt(0x7E));
                    out.write(0x30 + random.nextInt(10));
                    out.write(0x81 + random.nextInt(0x7E));
                    out.write(0x30 + random.nextInt(10));
                }
                case 5 -> out.write(random.nextBoolean() ? 0x80 : 0xFF);
                case 6 -> out.write(0x81 + random.nextInt(0x7E)); // a lead alone
                default -> { // a lead with a trail out of range
                    out.write(0x81 + random.nextInt(0x7E));
                    out.write(random.nextInt(0x40));
                }
            }
        }
        return out.toByteArray();
    }
}
