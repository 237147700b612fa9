package org.goveval.evaluation.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiersTest {

    @ParameterizedTest
    @CsvSource({"110,卓越", "95.0,卓越", "94.9,优秀", "85,优秀", "84.9,良好", "75,良好", "74.9,发展", "60,发展", "59.9,准备", "0,准备"})
    void defaultScale(String total, String tier) {
        assertThat(Tiers.defaults().of(new BigDecimal(total)).name()).isEqualTo(tier);
    }

    @Test
    void customScaleInAnyOrder() {
        Tiers tiers = Tiers.parse("0:C, 90:A ,70:B");
        assertThat(tiers.of(new BigDecimal("90")).name()).isEqualTo("A");
        assertThat(tiers.of(new BigDecimal("89.9")).name()).isEqualTo("B");
        assertThat(tiers.of(new BigDecimal("10")).name()).isEqualTo("C");
        assertThat(tiers.toString()).isEqualTo("90:A,70:B,0:C");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            95:卓越,85                 | tier '85' is not threshold:name
            95:卓越,x:优秀,0:准备       | tier threshold 'x' is not a number
            95:卓越,60:发展            | the lowest tier must start at 0
            95:卓越,95:优秀,0:准备      | two tiers share the threshold 95
            95:,0:准备                 | a tier needs a name
            """)
    void rejectsBadScales(String spec, String message) {
        assertThatThrownBy(() -> Tiers.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message.strip());
    }

    @Test
    void aTotalBelowZeroHasNoTier() {
        assertThatThrownBy(() -> Tiers.defaults().of(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("total -1 is below every tier");
    }
}
