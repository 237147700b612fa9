package org.goveval.monitor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.goveval.monitor.links.Link;
import org.goveval.monitor.links.LinkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFingerprintTest {
    /** The white space rule is the regex one it replaces: strip, then every run of {@code \s} is one space. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "通知公告",
                "  通知  公告  ",
                "a\tb\nc\u000Bd\fe\rf",
                "a \t b",
                "\u3000首页\u3000 > 政务公开\u3000",
                "a\u00A0\u00A0b",
                "one space only",
                "ends with tab\t",
                "x \n\n\n y",
                "a \tb",
                "a\t b",
                "ab  c\td",
                "ab\tc  d",
                "a b c\u000Bd",
                "a b \u000Bd"
            })
    void collapsesWhiteSpaceAsTheRegexDid(String text) {
        assertThat(PageFingerprint.collapsed(text)).isEqualTo(text.strip().replaceAll("\\s+", " "));
    }

    /** Random texts of letters and every kind of white space, against the regex. */
    @Test
    void collapsesGeneratedTextsAsTheRegexDid() {
        String[] pieces = {"a", "政", " ", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u3000"};
        java.util.Random random = new java.util.Random(20261207);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String expected = text.toString().strip().replaceAll("\\s+", " ");
            assertThat(PageFingerprint.collapsed(text.toString()))
                    .as("round %d", round)
                    .isEqualTo(expected);
        }
    }

    /**
     * The digest is the one of the text's UTF-16 code units, low byte first, as they are (a lone surrogate
     * too), also when the text is fed in slices of 16 Ki characters.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2_730, 2_731, 5_462, 40_000})
    void digestsTheTextsCodeUnits(int repeat) throws Exception {
        String text = "政务公开\uD800x".repeat(repeat); // six units: from 2,731 on, more than one slice
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        expected.update(littleEndianUnits(text));

        assertThat(PageFingerprint.of(text, List.of())).isEqualTo(HexFormat.of().formatHex(expected.digest()));
    }

    /** Two bytes for each unit, the low one first, written out one by one. */
    private static byte[] littleEndianUnits(String text) {
        byte[] bytes = new byte[2 * text.length()];
        for (int i = 0; i < text.length(); i++) {
            bytes[2 * i] = (byte) text.charAt(i);
            bytes[2 * i + 1] = (byte) (text.charAt(i) >> 8);
        }
        return bytes;
    }

    /**
     * The targets go in as UTF-8 a slice at a time, and a slice never splits a surrogate pair: a character
     * outside the BMP straddling the boundary is still its four bytes, and a lone high surrogate there is
     * still the encoder's replacement.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDE00", "\uD800x", "\uDE00\uD83D", "\uD83D\uDE00\uD83D\uDE00"})
    void slicesKeepSurrogatePairsWhole(String across) throws Exception {
        for (int before : new int[] {16_382, 16_383, 16_384, 32_767}) {
            String text = "a".repeat(before) + across + "b";
            MessageDigest expected = MessageDigest.getInstance("SHA-256");
            expected.update(text.getBytes(StandardCharsets.UTF_8));
            MessageDigest sliced = MessageDigest.getInstance("SHA-256");

            PageFingerprint.updateUtf8(sliced, text);

            assertThat(HexFormat.of().formatHex(sliced.digest()))
                    .as("%d characters before %s", before, across)
                    .isEqualTo(HexFormat.of().formatHex(expected.digest()));
        }
    }

    /**
     * The links count as a set: each distinct target once, after the text, ordered by hash code; their order on
     * the page, repeats, types and anchor texts do not matter.
     */
    @Test
    void digestsTheDistinctTargetsAfterTheText() throws Exception {
        Link b = new Link(URI.create("http://x.gov.cn/b.html"), "b.html", LinkType.ANCHOR, "乙");
        Link a = new Link(URI.create("http://x.gov.cn/a.html"), "a.html", LinkType.ANCHOR, "甲");
        Link aAgain = new Link(URI.create("http://x.gov.cn/a.html"), "/a.html", LinkType.IMAGE, "");
        // "http://x.gov.cn/a.html".hashCode() is -313,315,692 and b's -284,686,541: a comes first
        assertThat("http://x.gov.cn/a.html".hashCode()).isLessThan("http://x.gov.cn/b.html".hashCode());
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        expected.update(littleEndianUnits("通知公告"));
        expected.update("\nhttp://x.gov.cn/a.html\nhttp://x.gov.cn/b.html".getBytes(StandardCharsets.UTF_8));

        assertThat(PageFingerprint.of("通知公告", List.of(b, a, aAgain)))
                .isEqualTo(PageFingerprint.of("通知公告", List.of(a, b)))
                .isEqualTo(HexFormat.of().formatHex(expected.digest()));
        assertThat(PageFingerprint.of("通知公告", List.of(a))).isNotEqualTo(PageFingerprint.of("通知公告", List.of(a, b)));
    }

    /**
     * The order is by hash code, then by text among equal hash codes ("Aa" and "BB" have the same one, so the
     * two URLs ending in them do), each URL once however often it repeats.
     */
    @Test
    void ordersByHashCodeThenByText() {
        String aa = "http://x.gov.cn/Aa";
        String bb = "http://x.gov.cn/BB";
        String other = "http://x.gov.cn/zz";
        assertThat(aa.hashCode()).isEqualTo(bb.hashCode());
        List<Link> links = List.of(link(bb), link(other), link(aa), link(bb), link(aa), link(other));
        assertThat(aa.hashCode()).isEqualTo(1_729_363_900);
        assertThat(other.hashCode()).isEqualTo(1_729_365_692);

        assertThat(PageFingerprint.distinctTargets(links)).isEqualTo("\n" + aa + "\n" + bb + "\n" + other);
        assertThat(PageFingerprint.distinctTargets(List.of())).isEmpty();
    }

    private static Link link(String url) {
        return new Link(URI.create(url), url, LinkType.ANCHOR, "");
    }
}
