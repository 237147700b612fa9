package org.goveval.monitor.content.govcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.goveval.evaluation.system.Indicator;
import org.goveval.evaluation.system.IndicatorSystemException;
import org.goveval.evaluation.system.IndicatorSystems;
import org.goveval.evaluation.system.Problem;
import org.goveval.monitor.content.columns.ColumnCategory;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.network.NetworkReport;
import org.junit.jupiter.api.Test;

class CstcMappingTest {
    private static final IndicatorSystems SYSTEMS = IndicatorSystems.bundled();
    private static final CstcMapping MAPPING = CstcMapping.bundled();

    @Test
    void everyMappedIndicatorIsAScoredIndicatorOfItsSystemWithItsWeights() {
        assertThat(MAPPING.entries()).hasSize(16);
        for (CstcMapping.Entry entry : MAPPING.entries()) {
            Indicator indicator = SYSTEMS.get(entry.system())
                    .orElseThrow()
                    .indicator(entry.indicator())
                    .orElseThrow();
            assertThat(indicator.isLeaf()).as(entry.indicator()).isTrue();
            assertThat(entry.weights()).as(entry.indicator()).isEqualTo(indicator.weights());
        }
        assertThat(MAPPING.entries())
                .filteredOn(e -> e.system().equals("cstc-2020-website-local"))
                .extracting(CstcMapping.Entry::indicator)
                .containsExactly(
                        "manage.ops.daily",
                        "manage.design.identity",
                        "manage.design.name-domain",
                        "promo.ipv6",
                        "promo.apps.smart-search",
                        "interact.consult.channel",
                        "interact.consult.replies",
                        "service.content.forms");
    }

    @Test
    void aMappingToAnIndicatorThatDoesNotExistIsRejected() {
        String text = """
                mappings:
                  - rule: IPV6
                    name: IPv6改造
                    indicators:
                      cstc-2020-website-local: promo.ipv6
                      cstc-2020-website-ministry: promo.ipv7
                  - rule: SMART_SEARCH
                    name: 智能搜索
                    indicators:
                      cstc-2020-website-local: promo.apps
                """;
        assertThatThrownBy(() -> CstcMapping.parse("m.yaml", text, SYSTEMS))
                .isInstanceOfSatisfying(
                        IndicatorSystemException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "m.yaml:6: mappings[0].indicators.cstc-2020-website-ministry: no indicator"
                                                + " 'promo.ipv7' in cstc-2020-website-ministry",
                                        "m.yaml:10: mappings[1].indicators.cstc-2020-website-local: 'promo.apps' is not a"
                                                + " scored indicator of cstc-2020-website-local"));
    }

    @Test
    void proposalsForACountySiteFollowTheDocumentedRules() {
        Inputs inputs = new Inputs();
        inputs.network = new NetworkReport(true, 0.5, true, true, 100, false);
        inputs.functions = new FunctionsReport(true, true, true, 10, 0.8, 0, 8, 0, true, null);
        inputs.marks = new org.goveval.monitor.content.marks.Marks("3201000001", null, "x", "/conac.js", "某县人民政府办公室");
        inputs.broken.add(Inputs.brokenLink("a.html", true));
        inputs.columns.add(Inputs.column("要闻", ColumnCategory.NEWS, true, false));
        List<IndicatorProposal> proposals = new CstcProposer(MAPPING)
                .propose(inputs.build(), List.of(new CstcTarget("cstc-2020-website-local", "county")));
        assertThat(proposals)
                .extracting(IndicatorProposal::indicator, IndicatorProposal::proposed, IndicatorProposal::max)
                .containsExactly(
                        // probes fine, home-page link broken, no serious error, a stale news column: 2 × 2/4
                        org.assertj.core.groups.Tuple.tuple("manage.ops.daily", 1.0, 2.0),
                        // 4 of 5 marks (site map unknown): 3 × 4/5
                        org.assertj.core.groups.Tuple.tuple("manage.design.identity", 2.4, 3.0),
                        org.assertj.core.groups.Tuple.tuple("manage.design.name-domain", 1.0, 1.0),
                        org.assertj.core.groups.Tuple.tuple("promo.ipv6", 1.0, 2.0),
                        // the first of 3 evaluation points
                        org.assertj.core.groups.Tuple.tuple("promo.apps.smart-search", 1.0, 3.0),
                        org.assertj.core.groups.Tuple.tuple("interact.consult.channel", 1.0, 1.0),
                        org.assertj.core.groups.Tuple.tuple("interact.consult.replies", 2.4, 3.0),
                        org.assertj.core.groups.Tuple.tuple("service.content.forms", 1.0, 1.0));
        assertThat(proposals).allSatisfy(p -> {
            assertThat(p.system()).isEqualTo("cstc-2020-website-local");
            assertThat(p.column()).isEqualTo("county");
            assertThat(p.evidence()).isNotEmpty();
        });
        assertThat(proposals.get(0).rule()).startsWith("DAILY_OPS — ");
    }

    @Test
    void withoutATargetEveryColumnOfEveryMappedSystemIsProposedAndMissingInputsProposeNothing() {
        Inputs inputs = new Inputs();
        inputs.network = null;
        inputs.broken.add(Inputs.brokenLink("files/form.doc", false));
        List<IndicatorProposal> proposals = new CstcProposer(MAPPING).propose(inputs.build(), List.of());
        assertThat(proposals).noneMatch(p -> p.indicator().equals("promo.ipv6"));
        assertThat(proposals)
                .extracting(IndicatorProposal::column)
                .containsOnly("province", "city", "county", "ministry");
        assertThat(proposals)
                .filteredOn(p -> p.indicator().equals("promo.app.search"))
                .extracting(IndicatorProposal::proposed, IndicatorProposal::max)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0, 4.0));
        assertThat(proposals)
                .filteredOn(p -> p.indicator().equals("service.content.forms"))
                .extracting(IndicatorProposal::proposed)
                .containsExactly(0.0, 0.0, 0.0, 0.0);
        assertThat(proposals).hasSize(4 * 7);
    }

    @Test
    void anUnknownTargetColumnIsRejected() {
        assertThatThrownBy(() -> new CstcProposer(MAPPING)
                        .propose(new Inputs().build(), List.of(new CstcTarget("cstc-2020-website-local", "ministry"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no weight column ministry in cstc-2020-website-local");
    }
}
