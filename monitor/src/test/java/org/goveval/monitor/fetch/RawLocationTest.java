package org.goveval.monitor.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawLocationTest {
    @Test
    void findsTheFirstLocationOfAHeadWhateverItsCase() {
        byte[] head = ("HTTP/1.1 302 Found\r\nServer: IIS\r\nLOCATION:  /a/b.html \r\nlocation: /other\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(RawLocation.location(head)).contains("/a/b.html");
    }

    @Test
    void aHeadWithoutLocationHasNone() {
        byte[] head = "HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(RawLocation.location(head)).isEmpty();
    }

    @Test
    void escapesEachByteAboveAsciiAndNothingElse() {
        String gbkBytes = new String(
                new byte[] {'/', (byte) 0xD0, (byte) 0xC2, '?', 'a', '=', '%', '2', '0'}, StandardCharsets.ISO_8859_1);

        assertThat(RawLocation.escapedBytes(gbkBytes)).isEqualTo("/%D0%C2?a=%20");
    }

    @Test
    void onlyAReplacementCharacterMarksALocationAsGarbled() {
        assertThat(RawLocation.garbled("/\uFFFD\uFFFD/")).isTrue();
        assertThat(RawLocation.garbled("/新闻/")).isFalse();
    }
}
