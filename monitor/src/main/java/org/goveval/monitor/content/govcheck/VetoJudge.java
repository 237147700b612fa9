package org.goveval.monitor.content.govcheck;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.Finding;
import org.goveval.monitor.content.columns.ColumnCategory;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.columns.HomepageUpdates;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.govcheck.Judgement.Outcome;
import org.goveval.monitor.probe.AvailabilityRule;
import org.goveval.monitor.probe.AvailabilityVerdict;
import org.goveval.monitor.probe.ProbeOutcome;
import org.goveval.monitor.probe.ProbeResult;

/** Judges the single-veto clauses of {@code gov-check-2019} on one site's input. */
final class VetoJudge {
    /** Days are counted in Beijing time, as Chinese supervisors count them. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final GovCheckInput input;
    private final EvidenceFor evidence;

    VetoJudge(GovCheckInput input) {
        this.input = input;
        this.evidence = new EvidenceFor(input);
    }

    Judgement judge(VetoClause clause) {
        return switch (clause.rule()) {
            case MANUAL -> Judgement.manual(clause.id());
            case WORDING -> wording(clause);
            case POISONED_LINKS -> poisoned(clause);
            case HIDDEN_LINKS -> hidden(clause);
            case AVAILABILITY -> availability(clause);
            case HOMEPAGE_UPDATES -> homepage(clause);
            // a blank column is not also stale (ColumnRules): it counts toward the blank-column veto only
            case STALE_COLUMNS -> columns(clause, ColumnReport::stale, "个栏目未按期更新");
            case BLANK_COLUMNS -> columns(clause, ColumnReport::blank, "个空白栏目");
            case NO_CHANNEL -> noChannel(clause);
            case UNANSWERED_MESSAGES -> unanswered(clause);
            case NO_SERVICE -> noService(clause);
            case INCOMPLETE_GUIDES -> guides(clause);
            case BROKEN_LINKS, SEARCH, MISSING_MARKS ->
                throw new IllegalArgumentException("not a veto rule: " + clause.rule() + " (" + clause.id() + ")");
        };
    }

    private static int min(VetoClause clause) {
        return clause.parameter("min").orElseThrow().intValue();
    }

    private Judgement wording(VetoClause clause) {
        List<Evidence> hits = input.wordingErrors().stream()
                .filter(h -> clause.categories().contains(h.category()))
                .map(h -> h.evidence())
                .toList();
        if (hits.size() >= min(clause)) {
            return Judgement.of(clause.id(), Outcome.HOLDS, "发现 " + hits.size() + " 处严重表述错误", hits);
        }
        return Judgement.clear(clause.id());
    }

    private Judgement poisoned(VetoClause clause) {
        List<Evidence> links = input.poisonedLinks().stream()
                .filter(l -> clause.categories().contains(l.category()))
                .map(l -> l.evidence())
                .toList();
        if (links.size() >= min(clause)) {
            return Judgement.of(clause.id(), Outcome.HOLDS, "链接了 " + links.size() + " 个赌博、色情等违法网站", links);
        }
        return Judgement.clear(clause.id());
    }

    private Judgement hidden(VetoClause clause) {
        if (input.hiddenLinks().isEmpty()) {
            return Judgement.clear(clause.id());
        }
        return Judgement.of(
                clause.id(),
                Outcome.SUSPECT,
                "发现 " + input.hiddenLinks().size() + " 个隐藏链接（暗链），可能是页面被篡改，请人工核实",
                input.hiddenLinks().stream().map(h -> h.evidence()).toList());
    }

    private Judgement availability(VetoClause clause) {
        if (input.probes().isEmpty()) {
            return Judgement.missing(clause.id(), "没有可用性监测记录：单次扫描不足以判断（需监测1周）");
        }
        Duration limit = Duration.ofSeconds(
                clause.parameter("timeoutSeconds").orElseThrow().value().longValueExact());
        List<ProbeResult> probes =
                input.probes().stream().map(p -> slowAsFailure(p, limit)).toList();
        AvailabilityRule rule = new AvailabilityRule(
                clause.parameter("days").orElseThrow().intValue(),
                clause.parameter("probesPerDay").orElseThrow().intValue(),
                clause.parameter("share").orElseThrow().value().doubleValue(),
                CHINA);
        AvailabilityVerdict verdict = rule.evaluate(probes);
        String summary = "监测 " + verdict.probes() + " 次，打不开 " + verdict.failures() + " 次（"
                + percent(verdict.failureShare()) + "）";
        if (!verdict.sufficient()) {
            return Judgement.missing(clause.id(), summary + "，监测天数或每天次数不足，无法判断");
        }
        if (verdict.vetoed()) {
            return Judgement.of(clause.id(), Outcome.HOLDS, summary, List.of(evidence.site(summary)));
        }
        return Judgement.clear(clause.id());
    }

    /** A probe that opened only after the time limit counts as not opened (超过（含）15秒网站仍打不开). */
    private static ProbeResult slowAsFailure(ProbeResult p, Duration limit) {
        if (p.outcome() == ProbeOutcome.OPENED && p.latencyMillis() >= limit.toMillis()) {
            return new ProbeResult(p.url(), p.at(), ProbeOutcome.TOO_SLOW, p.latencyMillis(), p.status(), "TOO_SLOW");
        }
        return p;
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private Judgement homepage(VetoClause clause) {
        HomepageUpdates updates = input.homepageUpdates();
        if (updates == null || updates.updatedWithinTwoWeeks() == null) {
            return Judgement.missing(clause.id(), "未能判断首页近2周是否更新");
        }
        if (updates.updatedWithinTwoWeeks()) {
            return Judgement.clear(clause.id());
        }
        String latest = updates.latestDate() == null ? "无日期" : updates.latestDate();
        List<Evidence> cited =
                updates.evidence().isEmpty() ? List.of(evidence.site("首页最新信息日期：" + latest)) : updates.evidence();
        return Judgement.of(clause.id(), Outcome.HOLDS, "首页近2周无信息更新（最新：" + latest + "）", cited);
    }

    private Judgement columns(VetoClause clause, java.util.function.Predicate<ColumnReport> counted, String what) {
        if (!input.columnsChecked()) {
            return Judgement.missing(clause.id(), "栏目检查未运行");
        }
        List<ColumnReport> hits = input.columns().stream()
                .filter(c -> inCategories(clause.categories(), c.category()))
                .filter(counted)
                .toList();
        if (hits.size() >= min(clause)) {
            return Judgement.of(
                    clause.id(),
                    Outcome.HOLDS,
                    hits.size() + what + "（界限 " + min(clause) + " 个）",
                    hits.stream().map(evidence::column).toList());
        }
        return Judgement.clear(clause.id());
    }

    static boolean inCategories(List<String> categories, ColumnCategory category) {
        return categories.isEmpty() || categories.contains(category.name());
    }

    private Judgement noChannel(VetoClause clause) {
        FunctionsReport f = input.functions();
        if (f == null || f.interactionPresent() == null) {
            return Judgement.missing(clause.id(), "未能判断是否提供留言咨询渠道");
        }
        if (f.interactionPresent()) {
            return Judgement.clear(clause.id());
        }
        // the functions check cites the page with a dead entry, or the home page without any
        List<Evidence> cited = evidence.findings("functions", Set.of("INTERACTION_MISSING", "INTERACTION_BROKEN"));
        return Judgement.of(
                clause.id(),
                Outcome.HOLDS,
                "未发现网上咨询建言渠道",
                cited.isEmpty() ? List.of(evidence.homePage("首页及栏目中未发现留言、咨询、信箱入口")) : cited);
    }

    private Judgement unanswered(VetoClause clause) {
        FunctionsReport f = input.functions();
        if (f == null || f.unansweredOverThreeMonths() == null) {
            return Judgement.missing(clause.id(), "未能读取公开留言");
        }
        if (f.unansweredOverThreeMonths() < min(clause)) {
            return Judgement.clear(clause.id());
        }
        String reason = "近1年内有 " + f.unansweredOverThreeMonths() + " 条有效留言超过3个月未回应";
        List<Evidence> cited = evidence.findings("functions", Finding.Severity.VETO);
        return Judgement.of(
                clause.id(), Outcome.HOLDS, reason, cited.isEmpty() ? List.of(evidence.site(reason)) : cited);
    }

    private Judgement noService(VetoClause clause) {
        FunctionsReport f = input.functions();
        if (f == null || f.serviceGuides() == null || !input.columnsChecked()) {
            return Judgement.missing(clause.id(), "未能判断是否提供办事服务");
        }
        boolean serviceColumn = input.columns().stream().anyMatch(c -> c.category() == ColumnCategory.SERVICE);
        if (f.serviceGuides() > 0 || serviceColumn) {
            return Judgement.clear(clause.id());
        }
        return Judgement.of(
                clause.id(),
                Outcome.HOLDS,
                "未提供办事服务：无办事指南，无办事服务栏目",
                List.of(evidence.homePage("首页及栏目中未发现办事指南或办事服务栏目")));
    }

    /** The machine counts guides lacking any key element, not how many each lacks: above the line, a person decides. */
    private Judgement guides(VetoClause clause) {
        FunctionsReport f = input.functions();
        if (f == null || f.incompleteServiceGuides() == null) {
            return Judgement.missing(clause.id(), "未能读取办事指南");
        }
        if (f.incompleteServiceGuides() < min(clause)) {
            return Judgement.clear(clause.id());
        }
        String reason = f.incompleteServiceGuides() + " 个办事指南缺少重点要素，请人工核实缺失类别";
        List<Evidence> cited = evidence.findings("functions", Finding.Severity.ERROR);
        return Judgement.of(
                clause.id(), Outcome.SUSPECT, reason, cited.isEmpty() ? List.of(evidence.site(reason)) : cited);
    }
}
