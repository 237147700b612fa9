package org.goveval.monitor.content.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 20);

    @ParameterizedTest(name = "{0} latest {1}: stale {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "NEWS, 2024-12-06, false",
                "NEWS, 2024-12-05, true",
                "NEWS, none, true",
                "NOTICE, 2024-06-20, false",
                "NOTICE, 2024-06-19, true",
                "POLICY, 2024-06-19, true",
                "PERSONNEL, 2023-12-20, false",
                "PERSONNEL, 2023-12-19, true",
                "PLANNING, 2023-12-19, true",
                "INTERPRETATION, 2023-12-19, true",
                "OTHER, 2023-12-19, true",
                "INTERACTION, 2020-01-01, false",
                "SERVICE, none, false",
                "SPECIAL, 2020-01-01, false"
            })
    void judgesEachCategoryByItsWindow(ColumnCategory category, LocalDate latest, boolean stale) {
        assertThat(ColumnRules.defaults().stale(category, latest, TODAY)).isEqualTo(stale);
    }
}
