package org.goveval.monitor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
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
                "x \n\n\n y"
            })
    void collapsesWhiteSpaceAsTheRegexDid(String text) {
        assertThat(PageFingerprint.collapsed(text)).isEqualTo(text.strip().replaceAll("\\s+", " "));
    }

    /** The digest is the one of the text's UTF-8 bytes, also when it is fed in slices. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5_461, 5_462, 40_000})
    void digestsTheTextsUtf8Bytes(int repeat) throws Exception {
        String text = "政务公开\uD800x".repeat(repeat); // with lone surrogates, which UTF-8 writes as '?'
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        expected.update(text.getBytes(StandardCharsets.UTF_8));

        assertThat(PageFingerprint.of(text, List.of())).isEqualTo(HexFormat.of().formatHex(expected.digest()));
    }
}
