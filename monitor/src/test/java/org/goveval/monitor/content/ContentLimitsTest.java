package org.goveval.monitor.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentLimitsTest {
    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(ContentLimits.defaults())
                .isEqualTo(new ContentLimits(5_000, 256, 10_000, 5_000, 50, 20_000, 20_000, 20_000, 2_000, 500, 500));
        assertThat(ContentSettings.defaults().limits()).isEqualTo(ContentLimits.defaults());
    }

    @Test
    void everyLimitMustBePositive() {
        assertThatThrownBy(() -> new ContentLimits(5_000, 256, 10_000, 5_000, 50, 20_000, 0, 20_000, 2_000, 500, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("images must be positive: 0");
    }
}
