package org.goveval.monitor.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsReaderTest {

    /** The body is {@code text} padded with {@code x} to {@code size} bytes; {@code |} stands for a line break. */
    @ParameterizedTest
    @CsvSource({
        // text,      size,   truncated, parsed
        "'a|b|',      4,      false,     4",
        "'a|bc',      4,      true,      2",
        "'a|bc',      4,      false,     4",
        "'abcd',      4,      true,      4",
        "'a|',        512000, false,     512000",
        "'a|',        512001, false,     2",
        "'a|',        524288, true,      2",
    })
    void cutsAtTheLastLineBreakWhenTheFileIsLongerThanItsParsedPart(
            String text, int size, boolean truncated, int parsed) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        byte[] start = text.replace('|', '\n').getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);

        assertThat(RobotsReader.parsedLength(body, truncated)).isEqualTo(parsed);
    }
}
