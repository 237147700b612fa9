package org.goveval.monitor.content.govcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.goveval.evaluation.system.IndicatorSystemException;
import org.goveval.evaluation.system.Problem;
import org.junit.jupiter.api.Test;

class GovCheckSystemLoaderTest {
    @Test
    void theBundled2019ChecksAddUpAndCarryThePublishedNumbers() {
        GovCheckSystem system = GovCheckSystem.bundled();
        assertThat(system.id()).isEqualTo("gov-check-2019");
        assertThat(system.document()).isEqualTo("国办秘函〔2019〕19号");
        assertThat(system.rule("deductionTotal").value()).isEqualByComparingTo("100");
        assertThat(system.rule("bonusTotal").value()).isEqualByComparingTo("30");
        assertThat(system.rule("passMark").value()).isEqualByComparingTo("60");
        assertThat(system.rule("bonusAbove").value()).isEqualByComparingTo("80");
        assertThat(system.vetoes()).hasSize(16);
        VetoClause availability = system.vetoes().stream()
                .filter(v -> v.id().equals("veto.availability.probes"))
                .findFirst()
                .orElseThrow();
        assertThat(availability.parameter("days").orElseThrow().value()).isEqualByComparingTo("7");
        assertThat(availability.parameter("probesPerDay").orElseThrow().value()).isEqualByComparingTo("20");
        assertThat(availability.parameter("timeoutSeconds").orElseThrow().value())
                .isEqualByComparingTo("15");
        assertThat(availability.parameter("share").orElseThrow().value()).isEqualByComparingTo("0.05");
        assertThat(availability.parameter("share").orElseThrow().provenance()).isEqualTo(Provenance.PUBLISHED);
        assertThat(system.deductions().stream().map(d -> d.value().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(system.bonuses().stream().map(d -> d.value().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("30");
        assertThat(system.scored("deduct.design.links")
                        .orElseThrow()
                        .parameter("other")
                        .orElseThrow()
                        .provenance())
                .isEqualTo(Provenance.ASSUMED);
    }

    private static final String MINIMAL = """
            id: t
            name: t
            issuer: t
            document: t
            rules:
              deductionTotal: {value: 10, provenance: published}
              bonusTotal: {value: 0, provenance: published}
              passMark: {value: 6, provenance: published}
              bonusAbove: {value: 8, provenance: published}
              noServiceBase: {value: 10, provenance: published}
            vetoes:
              - id: veto.a
                name: A
                clauses:
                  - id: veto.a.one
                    text: 一
                    rule: BLANK_COLUMNS
                    min: {value: 5, provenance: published}
            deductions:
              - id: deduct.a
                name: A
                value: {value: 10, provenance: assumed}
                indicators:
                  - id: deduct.a.one
                    name: 一
                    value: {value: 10, provenance: assumed}
                    rule: MANUAL
            bonuses: []
            """;

    @Test
    void aMinimalFileLoads() {
        GovCheckSystem system = GovCheckSystemLoader.parse("t.yaml", MINIMAL);
        assertThat(system.vetoes()).extracting(VetoClause::id).containsExactly("veto.a.one");
        assertThat(system.deductions()).extracting(ScoredIndicator::group).containsExactly("deduct.a");
    }

    @Test
    void everyProblemIsReportedWithFileLineAndField() {
        String broken = MINIMAL.replace("rule: BLANK_COLUMNS", "rule: BLANK_COLUMN")
                .replace("\n        min: {value: 5, provenance: published}", "")
                .replace(
                        "value: {value: 10, provenance: assumed}\n        rule: MANUAL",
                        "value: {value: 9, provenance: guessed}\n        rule: MANUAL\n        colour: red");
        assertThatThrownBy(() -> GovCheckSystemLoader.parse("t.yaml", broken))
                .isInstanceOfSatisfying(
                        IndicatorSystemException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "t.yaml:17: vetoes[0].clauses[0].rule: unknown rule 'BLANK_COLUMN'; expected one of "
                                                + "[MANUAL, WORDING, POISONED_LINKS, HIDDEN_LINKS, AVAILABILITY, HOMEPAGE_UPDATES,"
                                                + " STALE_COLUMNS, BLANK_COLUMNS, NO_CHANNEL, UNANSWERED_MESSAGES, NO_SERVICE,"
                                                + " INCOMPLETE_GUIDES]",
                                        "t.yaml:19: deductions[0].value: is 10 but its indicators add up to 0",
                                        "t.yaml:25: deductions[0].indicators[0].value.provenance: expected published,"
                                                + " published-derived or assumed, found 'guessed'",
                                        "t.yaml:27: deductions[0].indicators[0].colour: unknown field; expected one of "
                                                + "[categories, days, homepage, id, min, name, other, per, probesPerDay, rule,"
                                                + " share, timeoutSeconds, value]"));
    }

    @Test
    void aRuleWithoutItsNumbersAndTotalsThatDoNotAddUpAreRejected() {
        String broken = MINIMAL.replace("\n        min: {value: 5, provenance: published}", "")
                .replace("noServiceBase: {value: 10,", "noServiceBase: {value: 75,");
        assertThatThrownBy(() -> GovCheckSystemLoader.parse("t.yaml", broken))
                .isInstanceOfSatisfying(
                        IndicatorSystemException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "t.yaml:6: rules.noServiceBase: is 75 but the deductions without the service group add"
                                                + " up to 10",
                                        "t.yaml:15: vetoes[0].clauses[0].min: is required by rule BLANK_COLUMNS"));
    }
}
