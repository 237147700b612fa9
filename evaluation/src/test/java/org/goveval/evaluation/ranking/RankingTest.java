package org.goveval.evaluation.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingTest {

    /**
     * Each case: contenders as name:total:tieKey separated by spaces (in input order), the rule, and the
     * expected output as name:rank in ranked order.
     */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A:90.0:1 B:80.0:2 C:70.0:3                  | DENSE       | A:1 B:2 C:3
            C:70.0:3 A:90.0:1 B:80.0:2                  | DENSE       | A:1 B:2 C:3
            A:90:1 B:85:3 C:85:2 D:80:4                 | DENSE       | A:1 C:2 B:2 D:3
            A:90:1 B:85:3 C:85:2 D:80:4                 | COMPETITION | A:1 C:2 B:2 D:4
            A:85.04:1 B:84.96:2 C:84.94:3               | DENSE       | A:1 B:1 C:2
            A:85.05:2 B:85.14:1                         | DENSE       | B:1 A:1
            X:60.1:500000 Y:60.1:110000 Z:60.1:310000   | COMPETITION | Y:1 Z:1 X:1
            A:1:1                                       | DENSE       | A:1
            A:50:9 B:50:8 C:40:7 D:40:6 E:30:5          | DENSE       | B:1 A:1 D:2 C:2 E:3
            A:50:9 B:50:8 C:40:7 D:40:6 E:30:5          | COMPETITION | B:1 A:1 D:3 C:3 E:5
            """)
    void ranks(String input, RankingRule rule, String expected) {
        List<Contender<String>> contenders = new ArrayList<>();
        for (String item : input.strip().split("\\s+")) {
            String[] parts = item.split(":");
            contenders.add(new Contender<>(parts[0], new BigDecimal(parts[1]), Long.parseLong(parts[2])));
        }
        List<String> actual = Ranking.rank(contenders, rule).stream()
                .map(r -> r.item() + ":" + r.rank())
                .toList();
        assertThat(String.join(" ", actual)).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource({"dense,DENSE", "Competition,COMPETITION", "' DENSE ',DENSE"})
    void parsesRules(String text, RankingRule rule) {
        assertThat(RankingRule.parse(text)).isEqualTo(rule);
    }

    @ParameterizedTest
    @CsvSource({"olympic", "''"})
    void rejectsUnknownRules(String text) {
        assertThatThrownBy(() -> RankingRule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown ranking rule");
    }
}
