package org.goveval.monitor.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {
    private static final PhraseMatcher NOT_FOUND = new PhraseMatcher(List.of("页面不存在", "页面已删除", "notfound", "404"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            页面不存在           | true
            对不起，页面不存在    | true
            页面不存在！         | true
            页面已删除           | true
            页面页面不存在       | true
            页面不存             | false
            页面存在             | false
            pagenotfound        | true
            notfoun             | false
            error404            | true
            40                  | false
            鹡                   | false
            """)
    void findsAPhraseAnywhere(String text, boolean found) {
        assertThat(NOT_FOUND.foundIn(text)).isEqualTo(found);
    }

    @Test
    void readsOnlyTheGivenLength() {
        char[] text = "对不起页面不存在".toCharArray();

        assertThat(NOT_FOUND.foundIn(text, text.length)).isTrue();
        assertThat(NOT_FOUND.foundIn(text, text.length - 1)).isFalse();
        assertThat(NOT_FOUND.foundIn(text, 0)).isFalse();
    }

    /**
     * The same answer as asking {@link String#contains} of every phrase, on random texts over a small alphabet
     * (so that phrases occur, overlap and nearly occur). '%' shares a slot of the first-character mask with
     * 'e', and '!' with 'a' (their codes differ by 64), without starting a phrase.
     */
    @Test
    void agreesWithContainsOnRandomTexts() {
        List<String> phrases = List.of("ab", "abc", "ba", "ccc", "e", "页面");
        PhraseMatcher matcher = new PhraseMatcher(phrases);
        char[] alphabet = "abce!%页面".toCharArray();
        Random random = new Random(20241220);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(8)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            boolean expected = phrases.stream().anyMatch(s::contains);
            assertThat(matcher.foundIn(s)).as(s).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("texts with a phrase").isBetween(2_000, 18_000);
    }

    @Test
    void refusesAnEmptyPhrase() {
        assertThatThrownBy(() -> new PhraseMatcher(List.of("页面", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty phrase");
    }
}
