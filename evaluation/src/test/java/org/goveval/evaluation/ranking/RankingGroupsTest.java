package org.goveval.evaluation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.goveval.evaluation.reference.Divisions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingGroupsTest {
    private static final Divisions DIVISIONS = Divisions.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            110000 | municipality
            330000 | province
            450000 | province
            330100 | sub-provincial provincial-capital
            330200 | sub-provincial
            440300 | sub-provincial
            450100 | provincial-capital
            540100 | provincial-capital
            440600 | prefecture
            513400 | prefecture
            440303 | county
            110101 | county
            429004 | county
            """)
    void membershipByDivision(String code, String groups) {
        List<String> ids = RankingGroups.of(DIVISIONS.byCode(code).orElseThrow()).stream()
                .map(RankingGroup::id)
                .toList();
        assertThat(String.join(" ", ids)).isEqualTo(groups.strip());
    }

    @ParameterizedTest
    @CsvSource({
        "ministry-component,国务院组成部门,OFFICIAL_ORDER",
        "county,区县,DIVISION_CODE",
        "high-tech-zone,国家级高新区,DIVISION_CODE"
    })
    void groupsById(String id, String name, TieOrder order) {
        RankingGroup group = RankingGroups.byId(id).orElseThrow();
        assertThat(group.name()).isEqualTo(name);
        assertThat(group.tieOrder()).isEqualTo(order);
    }
}
