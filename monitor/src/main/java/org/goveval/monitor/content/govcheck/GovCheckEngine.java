package org.goveval.monitor.content.govcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.govcheck.Judgement.Outcome;

/**
 * Turns one site's input into the State Council verdict under a {@link GovCheckSystem}. The rules of the
 * document: a veto fails the site and nothing else is scored; otherwise every deduction indicator loses at
 * most its value; a score under the pass mark fails; a portal scoring above the bonus line adds its bonus.
 * What the machine cannot judge is listed for review, never guessed: {@code NEEDS_REVIEW} when a veto the
 * machine judges lacks its input or is suspected, {@code PASS} otherwise, with the indicators only a person
 * judges listed for the supervisor who signs.
 */
public final class GovCheckEngine {
    /** Scores are kept to two decimals (0.1-point deductions add up exactly). */
    private static final int SCALE = 2;

    private final GovCheckSystem system;

    public GovCheckEngine(GovCheckSystem system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    /** The verdict and the findings that go with it (one per veto, one per suspected veto). */
    public record Result(GovCheck govCheck, List<Finding> findings) {
        public Result {
            Objects.requireNonNull(govCheck, "govCheck");
            findings = List.copyOf(findings);
        }
    }

    public Result evaluate(GovCheckInput input, GovCheckSettings settings) {
        Map<String, ManualScore> reviews = reviews(settings);
        VetoJudge vetoJudge = new VetoJudge(input);
        List<Veto> vetoes = new ArrayList<>();
        List<String> review = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean unsettled = false;
        for (VetoClause clause : system.vetoes()) {
            Judgement j = vetoJudge.judge(clause);
            switch (j.outcome()) {
                case HOLDS -> {
                    vetoes.add(new Veto(clause.id(), clause.item() + "：" + j.reason(), j.evidence()));
                    findings.add(new Finding(
                            "govcheck",
                            "VETO",
                            Finding.Severity.VETO,
                            "单项否决（" + clause.item() + "）：" + j.reason(),
                            j.evidence()));
                }
                case SUSPECT -> {
                    unsettled = true;
                    review.add(clause.id());
                    findings.add(new Finding(
                            "govcheck",
                            "VETO_SUSPECTED",
                            Finding.Severity.NEEDS_REVIEW,
                            "疑似单项否决（" + clause.item() + "）：" + j.reason(),
                            j.evidence()));
                }
                case MISSING_INPUT -> {
                    unsettled = true;
                    review.add(clause.id());
                    findings.add(new Finding(
                            "govcheck",
                            "VETO_UNDECIDED",
                            Finding.Severity.NEEDS_REVIEW,
                            "无法判断（" + clause.item() + "）：" + j.reason(),
                            j.evidence()));
                }
                case MANUAL -> review.add(clause.id());
                case JUDGED -> {
                    if (clause.review()) {
                        review.add(clause.id());
                    }
                }
            }
        }
        if (!vetoes.isEmpty()) {
            return new Result(new GovCheck("FAIL", vetoes, null, List.of(), review), findings);
        }
        Score score = score(input, settings, reviews, review);
        String verdict;
        if (score.base().compareTo(system.rule("passMark").value()) < 0) {
            verdict = "FAIL";
        } else {
            verdict = unsettled ? "NEEDS_REVIEW" : "PASS";
        }
        return new Result(
                new GovCheck(verdict, List.of(), score.total().doubleValue(), score.deductions(), review), findings);
    }

    private Map<String, ManualScore> reviews(GovCheckSettings settings) {
        Map<String, ManualScore> result = new HashMap<>();
        for (ManualScore r : settings.reviews()) {
            if (system.scored(r.indicator()).isEmpty()) {
                throw new IllegalArgumentException(
                        "reviews: no deduction or bonus indicator " + r.indicator() + " in " + system.id());
            }
            if (result.put(r.indicator(), r) != null) {
                throw new IllegalArgumentException("reviews: " + r.indicator() + " is reviewed twice");
            }
        }
        return result;
    }

    private record Score(BigDecimal base, BigDecimal total, List<Deduction> deductions) {}

    private Score score(
            GovCheckInput input, GovCheckSettings settings, Map<String, ManualScore> reviews, List<String> review) {
        ScoreJudge judge = new ScoreJudge(input);
        List<Deduction> deductions = new ArrayList<>();
        BigDecimal full = system.rule("deductionTotal").value();
        BigDecimal lost = BigDecimal.ZERO;
        for (ScoredIndicator indicator : system.deductions()) {
            if (indicator.service() && !settings.servicesAssessed()) {
                full = full.subtract(indicator.value().value());
                continue;
            }
            Judgement j = reviews.containsKey(indicator.id())
                    ? reviewed(reviews.get(indicator.id()))
                    : judge.judge(indicator);
            if (j.outcome() == Outcome.MANUAL || j.outcome() == Outcome.MISSING_INPUT) {
                review.add(indicator.id());
                continue;
            }
            BigDecimal points = j.points().min(indicator.value().value());
            if (points.signum() > 0) {
                deductions.add(new Deduction(indicator.id(), points.doubleValue(), j.reason(), j.evidence()));
                lost = lost.add(points);
            }
        }
        BigDecimal base = full.subtract(lost)
                .multiply(system.rule("deductionTotal").value())
                .divide(full, SCALE, RoundingMode.HALF_UP);
        BigDecimal bonus = BigDecimal.ZERO;
        if (settings.portal() && base.compareTo(system.rule("bonusAbove").value()) > 0) {
            for (ScoredIndicator indicator : system.bonuses()) {
                ManualScore r = reviews.get(indicator.id());
                if (r == null) {
                    review.add(indicator.id());
                    continue;
                }
                BigDecimal gained =
                        BigDecimal.valueOf(r.points()).min(indicator.value().value());
                if (gained.signum() > 0) {
                    deductions.add(new Deduction(indicator.id(), gained.negate().doubleValue(), r.reason(), List.of()));
                    bonus = bonus.add(gained);
                }
            }
            bonus = bonus.min(system.rule("bonusTotal").value());
        }
        return new Score(base, base.add(bonus).setScale(SCALE, RoundingMode.HALF_UP), deductions);
    }

    private static Judgement reviewed(ManualScore r) {
        return new Judgement(r.indicator(), Outcome.JUDGED, BigDecimal.valueOf(r.points()), r.reason(), List.of());
    }
}
