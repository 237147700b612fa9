package org.goveval.monitor.content.govcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goveval.monitor.content.govcheck.Inputs.column;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.columns.ColumnCategory;
import org.goveval.monitor.content.columns.HomepageUpdates;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.marks.Marks;
import org.goveval.monitor.content.wording.HiddenLink;
import org.goveval.monitor.content.wording.PoisonedLink;
import org.goveval.monitor.content.wording.WordingHit;
import org.goveval.monitor.probe.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GovCheckEngineTest {
    private static final GovCheckEngine ENGINE = new GovCheckEngine(GovCheckSystem.bundled());
    private static final List<String> ALWAYS_MANUAL = List.of(
            "veto.security.expression",
            "veto.security.secrets",
            "veto.security.harmful",
            "veto.security.attack",
            "veto.security.fraud",
            "veto.security.opinion",
            "veto.columns.long-stale",
            "veto.service.guides",
            "veto.service.other",
            "deduct.publish.overview",
            "deduct.service.downloads",
            "deduct.service.online",
            "deduct.interact.messages",
            "deduct.interact.survey",
            "deduct.interact.interview",
            "deduct.design.pages");

    private static GovCheck run(Inputs inputs) {
        return run(inputs, GovCheckSettings.defaults());
    }

    private static GovCheck run(Inputs inputs, GovCheckSettings settings) {
        return ENGINE.evaluate(inputs.build(), settings).govCheck();
    }

    private static List<String> vetoIds(GovCheck check) {
        return check.vetoes().stream().map(Veto::indicator).toList();
    }

    @Test
    void aCleanSiteWithAWeekOfProbesPassesWithFullMarksAndListsWhatOnlyAPersonJudges() {
        GovCheck check = run(new Inputs());
        assertThat(check.verdict()).isEqualTo("PASS");
        assertThat(check.score()).isEqualTo(100.0);
        assertThat(check.vetoes()).isEmpty();
        assertThat(check.deductions()).isEmpty();
        assertThat(check.manualReview()).containsExactlyElementsOf(ALWAYS_MANUAL);
    }

    @Test
    void oneScanWithoutProbeHistoryLeavesAvailabilityToReview() {
        Inputs inputs = new Inputs();
        inputs.probes = List.of();
        GovCheckEngine.Result result = ENGINE.evaluate(inputs.build(), GovCheckSettings.defaults());
        assertThat(result.govCheck().verdict()).isEqualTo("NEEDS_REVIEW");
        assertThat(result.govCheck().score()).isEqualTo(100.0);
        assertThat(result.govCheck().manualReview()).contains("veto.availability.probes");
        assertThat(result.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VETO_UNDECIDED", Finding.Severity.NEEDS_REVIEW));
    }

    @Test
    void aWeekWithAThinDayCannotSettleAvailability() {
        Inputs inputs = new Inputs();
        inputs.probes = Inputs.week(0).subList(0, 139);
        assertThat(run(inputs).verdict()).isEqualTo("NEEDS_REVIEW");
    }

    @ParameterizedTest
    @CsvSource({"7, FAIL", "6, PASS"}) // 7 of 140 is exactly 5 %: 超过（含）5%
    void availabilityVetoesAtFivePercentOfAWeek(int failures, String verdict) {
        Inputs inputs = new Inputs();
        inputs.probes = Inputs.week(failures);
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(vetoIds(check)).isEqualTo(verdict.equals("FAIL") ? List.of("veto.availability.probes") : List.of());
    }

    @Test
    void aProbeThatOpensOnlyAfterFifteenSecondsCountsAsNotOpened() {
        Inputs inputs = new Inputs();
        List<ProbeResult> probes = new ArrayList<>(Inputs.week(0));
        for (int i = 0; i < 7; i++) {
            ProbeResult p = probes.get(i);
            probes.set(i, new ProbeResult(p.url(), p.at(), p.outcome(), 15_000, 200, ""));
        }
        inputs.probes = probes;
        assertThat(vetoIds(run(inputs))).containsExactly("veto.availability.probes");
    }

    @Test
    void aHomePageWithoutUpdatesInTwoWeeksFails() {
        Inputs inputs = new Inputs();
        inputs.homepage =
                new HomepageUpdates(false, "2024-11-30", "HOMEPAGE", List.of(Inputs.evidence(Inputs.SITE + "")));
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo("FAIL");
        assertThat(check.score()).isNull();
        assertThat(check.deductions()).isEmpty();
        assertThat(vetoIds(check)).containsExactly("veto.homepage.updates");
        assertThat(check.vetoes().get(0).evidence()).extracting(e -> e.url()).containsExactly(Inputs.SITE + "");
    }

    @Test
    void anUndecidedHomePageIsLeftToReview() {
        Inputs inputs = new Inputs();
        inputs.homepage = new HomepageUpdates(null, null, "HOMEPAGE", List.of());
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo("NEEDS_REVIEW");
        assertThat(check.manualReview()).contains("veto.homepage.updates");
    }

    @ParameterizedTest
    @CsvSource({"5, FAIL", "4, PASS"})
    void fiveStaleNewsNoticeOrPolicyColumnsFail(int stale, String verdict) {
        Inputs inputs = new Inputs();
        inputs.columns.clear();
        inputs.columns.add(column("办事服务", ColumnCategory.SERVICE, false, false));
        ColumnCategory[] key = {ColumnCategory.NEWS, ColumnCategory.NOTICE, ColumnCategory.POLICY};
        IntStream.range(0, stale).forEach(i -> inputs.columns.add(column("栏目" + i, key[i % 3], true, false)));
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo(verdict);
        if (verdict.equals("FAIL")) {
            assertThat(vetoIds(check)).containsExactly("veto.columns.key-stale");
            assertThat(check.vetoes().get(0).evidence()).hasSize(5);
        } else {
            // below the veto line the stale columns lose points: news 2 (NEWS ×2), notice/policy 2
            assertThat(check.score()).isEqualTo(96.0);
        }
    }

    @ParameterizedTest
    @CsvSource({"10, FAIL", "9, PASS"})
    void tenLongStaleColumnsFail(int stale, String verdict) {
        Inputs inputs = new Inputs();
        IntStream.range(0, stale)
                .forEach(i -> inputs.columns.add(column("人事" + i, ColumnCategory.PERSONNEL, true, false)));
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(vetoIds(check)).isEqualTo(verdict.equals("FAIL") ? List.of("veto.columns.long-stale") : List.of());
    }

    @ParameterizedTest
    @CsvSource({"5, FAIL", "4, PASS"})
    void fiveBlankColumnsFail(int blank, String verdict) {
        Inputs inputs = new Inputs();
        IntStream.range(0, blank)
                .forEach(i -> inputs.columns.add(column("专题" + i, ColumnCategory.SPECIAL, false, true)));
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo(verdict);
        if (verdict.equals("FAIL")) {
            assertThat(vetoIds(check)).containsExactly("veto.columns.blank");
        } else {
            assertThat(check.deductions())
                    .extracting(Deduction::indicator, Deduction::points)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("deduct.publish.blank", 4.0));
        }
    }

    @Test
    void noInteractionChannelFails() {
        Inputs inputs = new Inputs();
        inputs.functions = new FunctionsReport(true, true, false, null, null, null, 8, 0, true, true);
        assertThat(vetoIds(run(inputs))).containsExactly("veto.interaction.no-channel");
    }

    @Test
    void aMessageUnansweredForThreeMonthsFails() {
        Inputs inputs = new Inputs();
        inputs.functions = new FunctionsReport(true, true, true, 10, 0.9, 1, 8, 0, true, true);
        inputs.findings.add(new Finding(
                "functions",
                "MESSAGE_UNANSWERED",
                Finding.Severity.VETO,
                "留言未回应",
                List.of(Inputs.evidence(Inputs.SITE + "hdjl/1.html"))));
        GovCheck check = run(inputs);
        assertThat(vetoIds(check)).containsExactly("veto.interaction.unanswered");
        assertThat(check.vetoes().get(0).evidence())
                .extracting(e -> e.url())
                .containsExactly(Inputs.SITE + "hdjl/1.html");
    }

    @Test
    void noServiceAtAllFails() {
        Inputs inputs = new Inputs();
        inputs.columns.removeIf(c -> c.category() == ColumnCategory.SERVICE);
        inputs.functions = new FunctionsReport(true, true, true, 10, 1.0, 0, 0, 0, true, true);
        assertThat(vetoIds(run(inputs))).containsExactly("veto.service.none");
    }

    /** What a site lacks is shown by its home page as fetched: the copy the columns check kept, not a bare URL. */
    @Test
    void theVetoesForWhatIsMissingCiteTheStoredHomePage() {
        Inputs inputs = new Inputs();
        Evidence home = new Evidence(Inputs.SITE.toString(), Inputs.AT, 200, "最新信息日期：2024-12-19", "c0ffee");
        inputs.homepage = new HomepageUpdates(true, "2024-12-19", "HOMEPAGE", List.of(home));
        inputs.columns.removeIf(c -> c.category() == ColumnCategory.SERVICE);
        inputs.functions = new FunctionsReport(true, true, false, null, null, null, 0, 0, true, true);
        GovCheck check = run(inputs);
        assertThat(vetoIds(check)).containsExactly("veto.interaction.no-channel", "veto.service.none");
        assertThat(check.vetoes())
                .allSatisfy(veto -> assertThat(veto.evidence()).singleElement().satisfies(e -> {
                    assertThat(e.url()).isEqualTo(Inputs.SITE.toString());
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.copy()).isEqualTo("c0ffee");
                    assertThat(e.snippet()).startsWith("首页及栏目中未发现");
                }));
    }

    /** A dead entry is better evidence than the home page: the functions check's finding is cited. */
    @Test
    void noChannelCitesTheFunctionsCheckWhereItFoundADeadEntry() {
        Inputs inputs = new Inputs();
        inputs.functions = new FunctionsReport(true, true, false, null, null, null, 8, 0, true, true);
        inputs.findings.add(new Finding(
                "functions",
                "INTERACTION_BROKEN",
                Finding.Severity.ERROR,
                "“我要写信”入口链接失效（HTTP 404）",
                List.of(Inputs.evidence(Inputs.SITE + "hdjl/index.html"))));
        GovCheck check = run(inputs);
        assertThat(check.vetoes())
                .singleElement()
                .satisfies(veto -> assertThat(veto.evidence())
                        .extracting(Evidence::url)
                        .containsExactly(Inputs.SITE + "hdjl/index.html"));
    }

    @Test
    void aWrongPoliticalExpressionAndAPoisonedLinkFailEachOnItsClause() {
        Inputs inputs = new Inputs();
        inputs.wording.add(
                new WordingHit("某错误提法", "POLITICAL_EXPRESSION", "正确提法", Inputs.evidence(Inputs.SITE + "a.html")));
        inputs.wording.add(new WordingHit("旧机构名", "OUTDATED_NAME", "新机构名", Inputs.evidence(Inputs.SITE + "b.html")));
        inputs.poisoned.add(new PoisonedLink(
                "http://casino.example/",
                "GAMBLING",
                List.of(Inputs.SITE + ""),
                Inputs.evidence("http://casino.example/")));
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo("FAIL");
        assertThat(vetoIds(check)).containsExactly("veto.security.expression", "veto.security.harmful");
        assertThat(check.vetoes().get(0).evidence()).extracting(e -> e.url()).containsExactly(Inputs.SITE + "a.html");
    }

    @Test
    void hiddenLinksAreSuspectedNotVetoed() {
        Inputs inputs = new Inputs();
        inputs.hidden.add(new HiddenLink("http://spam.example/", "DISPLAY_NONE", Inputs.evidence(Inputs.SITE + "")));
        GovCheckEngine.Result result = ENGINE.evaluate(inputs.build(), GovCheckSettings.defaults());
        assertThat(result.govCheck().verdict()).isEqualTo("NEEDS_REVIEW");
        assertThat(result.govCheck().vetoes()).isEmpty();
        assertThat(result.findings()).extracting(Finding::code).containsExactly("VETO_SUSPECTED");
        assertThat(result.findings().get(0).evidence()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"5, NEEDS_REVIEW, 95.0", "4, PASS, 96.0", "12, NEEDS_REVIEW, 90.0"})
    void incompleteServiceGuidesLosePointsUpToTheIndicatorsValueAndManyAreSuspected(
            int incomplete, String verdict, double score) {
        Inputs inputs = new Inputs();
        inputs.functions = new FunctionsReport(true, true, true, 10, 1.0, 0, 20, incomplete, true, true);
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(check.score()).isEqualTo(score);
        assertThat(check.deductions()).extracting(Deduction::points).containsExactly(Math.min(10.0, incomplete));
    }

    @Test
    void brokenLinksLoseOnePointOnTheHomePageAndATenthElsewhereCappedAtFive() {
        Inputs inputs = new Inputs();
        inputs.broken.add(Inputs.brokenLink("a.html", true));
        inputs.broken.add(Inputs.brokenLink("b.html", true));
        IntStream.range(0, 3).forEach(i -> inputs.broken.add(Inputs.brokenLink("c" + i + ".html", false)));
        GovCheck check = run(inputs);
        assertThat(check.score()).isEqualTo(97.7);
        assertThat(check.deductions()).singleElement().satisfies(d -> {
            assertThat(d.indicator()).isEqualTo("deduct.design.links");
            assertThat(d.points()).isEqualTo(2.3);
            assertThat(d.evidence()).hasSize(5);
        });
        IntStream.range(0, 40).forEach(i -> inputs.broken.add(Inputs.brokenLink("d" + i + ".html", false)));
        assertThat(run(inputs).deductions()).extracting(Deduction::points).containsExactly(5.0);
    }

    @Test
    void searchAndMarksLoseUpToTheirValue() {
        Inputs inputs = new Inputs();
        inputs.functions = new FunctionsReport(true, false, true, 10, 1.0, 0, 8, 0, true, true);
        inputs.marks = new Marks(null, null, "x", null, null);
        GovCheck check = run(inputs);
        assertThat(check.deductions())
                .extracting(Deduction::indicator, Deduction::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("deduct.design.search", 5.0),
                        org.assertj.core.groups.Tuple.tuple("deduct.design.marks", 4.0));
        assertThat(check.score()).isEqualTo(91.0);
    }

    @Test
    void aChecksMissingPartIsListedForReviewNotScored() {
        Inputs inputs = new Inputs();
        inputs.marks = null;
        inputs.functions = null;
        GovCheck check = run(inputs);
        assertThat(check.verdict()).isEqualTo("NEEDS_REVIEW");
        assertThat(check.manualReview())
                .contains(
                        "veto.interaction.no-channel",
                        "veto.service.none",
                        "deduct.design.search",
                        "deduct.design.marks");
        assertThat(check.score()).isEqualTo(100.0);
    }

    @ParameterizedTest
    @CsvSource({"41, FAIL, 59.0", "40, PASS, 60.0"})
    void underSixtyFails(int lost, String verdict, double score) {
        // reviewed manual indicators: 10 + 10 + 5 + 5 + 5 + 5, the rest on 页面设计
        List<ManualScore> reviews = new ArrayList<>(List.of(
                new ManualScore("deduct.service.online", 10, "在线办理不可用"),
                new ManualScore("deduct.interact.messages", 10, "留言办理差"),
                new ManualScore("deduct.publish.overview", 12, "概况信息缺失"), // capped at 5
                new ManualScore("deduct.service.downloads", 5, "附件无法下载"),
                new ManualScore("deduct.interact.survey", 5, "无征集调查")));
        reviews.add(new ManualScore("deduct.interact.interview", 5, "无在线访谈"));
        reviews.add(new ManualScore("deduct.design.pages", lost - 40, "页面设计差"));
        GovCheck check = run(new Inputs(), GovCheckSettings.defaults().withReviews(reviews));
        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(check.score()).isEqualTo(score);
        assertThat(check.deductions())
                .filteredOn(d -> d.indicator().equals("deduct.publish.overview"))
                .extracting(Deduction::points)
                .containsExactly(5.0);
        assertThat(check.manualReview()).doesNotContain("deduct.service.online", "deduct.interact.interview");
    }

    @ParameterizedTest
    @CsvSource({
        "true, 19, 87.0", // 81 + 6: above 80, a portal earns its bonus (5 capped + 1)
        "true, 20, 80.0", // exactly 80: no bonus
        "false, 19, 81.0" // not a portal: no bonus
    })
    void theBonusGoesOnlyToPortalsAbove80(boolean portal, int lost, double score) {
        List<ManualScore> reviews = List.of(
                new ManualScore("deduct.service.online", 10, "在线办理不可用"),
                new ManualScore("deduct.interact.messages", lost - 10, "留言办理差"),
                new ManualScore("bonus.portal.data", 9, "数据开放有特色"),
                new ManualScore("bonus.portal.innovation", 1, "创新"));
        GovCheck check =
                run(new Inputs(), GovCheckSettings.defaults().withPortal(portal).withReviews(reviews));
        assertThat(check.verdict()).isEqualTo("PASS");
        assertThat(check.score()).isEqualTo(score);
        List<Double> bonus = check.deductions().stream()
                .map(Deduction::points)
                .filter(p -> p < 0)
                .toList();
        assertThat(bonus).isEqualTo(score > 81 ? List.of(-5.0, -1.0) : List.of());
        boolean bonusListed = check.manualReview().contains("bonus.portal.service");
        assertThat(bonusListed).isEqualTo(score > 81);
    }

    @Test
    void aDepartmentWithoutServicesIsScoredOn75PointsTimesFourThirds() {
        List<ManualScore> reviews = List.of(new ManualScore("deduct.publish.overview", 5, "概况信息缺失"));
        Inputs inputs = new Inputs();
        inputs.functions = new FunctionsReport(true, true, true, 10, 1.0, 0, 8, 3, true, true); // not assessed
        GovCheck check = run(
                inputs, GovCheckSettings.defaults().withServicesAssessed(false).withReviews(reviews));
        assertThat(check.score()).isEqualTo(93.33);
        assertThat(check.manualReview()).doesNotContain("deduct.service.online");
    }

    @Test
    void aReviewOfAnUnknownIndicatorIsRejected() {
        GovCheckSettings settings =
                GovCheckSettings.defaults().withReviews(List.of(new ManualScore("deduct.nothing", 1, "x")));
        assertThatThrownBy(() -> run(new Inputs(), settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deduct.nothing");
    }
}
