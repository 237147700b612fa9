package org.goveval.monitor.content.govcheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.goveval.monitor.content.Evidence;
import org.goveval.monitor.content.columns.ColumnReport;
import org.goveval.monitor.content.functions.FunctionsReport;
import org.goveval.monitor.content.govcheck.Judgement.Outcome;
import org.goveval.monitor.content.marks.Marks;

/** Computes the points a deduction indicator loses on one site's input, before the indicator's cap. */
final class ScoreJudge {
    private final GovCheckInput input;
    private final EvidenceFor evidence;

    ScoreJudge(GovCheckInput input) {
        this.input = input;
        this.evidence = new EvidenceFor(input);
    }

    Judgement judge(ScoredIndicator indicator) {
        return switch (indicator.rule()) {
            case MANUAL -> Judgement.manual(indicator.id());
            case STALE_COLUMNS -> columns(indicator, c -> c.stale() && !c.blank(), "个栏目未按期更新");
            case BLANK_COLUMNS -> columns(indicator, ColumnReport::blank, "个空白栏目");
            case INCOMPLETE_GUIDES -> guides(indicator);
            case BROKEN_LINKS -> links(indicator);
            case SEARCH -> search(indicator);
            case MISSING_MARKS -> marks(indicator);
            default ->
                throw new IllegalArgumentException(
                        "not a scoring rule: " + indicator.rule() + " (" + indicator.id() + ")");
        };
    }

    private static BigDecimal per(ScoredIndicator indicator, String name) {
        return indicator.parameter(name).orElseThrow().value();
    }

    private static Judgement points(ScoredIndicator indicator, BigDecimal points, String reason, List<Evidence> cited) {
        if (points.signum() == 0) {
            return Judgement.clear(indicator.id());
        }
        return new Judgement(indicator.id(), Outcome.JUDGED, points, reason, cited);
    }

    private Judgement columns(ScoredIndicator indicator, Predicate<ColumnReport> counted, String what) {
        if (!input.columnsChecked()) {
            return Judgement.missing(indicator.id(), "栏目检查未运行");
        }
        List<ColumnReport> hits = input.columns().stream()
                .filter(c -> VetoJudge.inCategories(indicator.categories(), c.category()))
                .filter(counted)
                .toList();
        BigDecimal points = per(indicator, "per").multiply(BigDecimal.valueOf(hits.size()));
        return points(
                indicator,
                points,
                hits.size() + what,
                hits.stream().map(evidence::column).toList());
    }

    private Judgement guides(ScoredIndicator indicator) {
        FunctionsReport f = input.functions();
        if (f == null || f.incompleteServiceGuides() == null) {
            return Judgement.missing(indicator.id(), "未能读取办事指南");
        }
        int count = f.incompleteServiceGuides();
        List<Evidence> cited = evidence.findings("functions", org.goveval.monitor.content.Finding.Severity.ERROR);
        String reason = count + " 个办事指南缺少重点要素";
        return points(
                indicator,
                per(indicator, "per").multiply(BigDecimal.valueOf(count)),
                reason,
                cited.isEmpty() && count > 0 ? List.of(evidence.site(reason)) : cited);
    }

    private Judgement links(ScoredIndicator indicator) {
        List<BrokenLink> home =
                input.brokenLinks().stream().filter(BrokenLink::onHomepage).toList();
        List<BrokenLink> other =
                input.brokenLinks().stream().filter(l -> !l.onHomepage()).toList();
        BigDecimal points = per(indicator, "homepage")
                .multiply(BigDecimal.valueOf(home.size()))
                .add(per(indicator, "other").multiply(BigDecimal.valueOf(other.size())));
        List<Evidence> cited = new ArrayList<>();
        home.forEach(l -> cited.add(evidence.brokenLink(l)));
        other.forEach(l -> cited.add(evidence.brokenLink(l)));
        return points(indicator, points, "首页 " + home.size() + " 个、其他页面 " + other.size() + " 个链接无法访问", cited);
    }

    private Judgement search(ScoredIndicator indicator) {
        FunctionsReport f = input.functions();
        if (f == null || f.searchPresent() == null) {
            return Judgement.missing(indicator.id(), "未能判断是否提供站内搜索");
        }
        if (!f.searchPresent()) {
            return points(indicator, indicator.value().value(), "未提供站内搜索", List.of(evidence.site("首页未发现站内搜索")));
        }
        if (f.searchWorks() == null) {
            return Judgement.missing(indicator.id(), "未能试用站内搜索");
        }
        if (!f.searchWorks()) {
            return points(
                    indicator, indicator.value().value(), "站内搜索不可用：以首页词语搜索无结果", List.of(evidence.site("以首页词语搜索无结果")));
        }
        return Judgement.clear(indicator.id());
    }

    private Judgement marks(ScoredIndicator indicator) {
        Marks marks = input.marks();
        if (marks == null) {
            return Judgement.missing(indicator.id(), "标识检查未运行");
        }
        List<String> missing = new ArrayList<>();
        addIfNull(missing, marks, Marks::siteCode, "网站标识码");
        addIfNull(missing, marks, Marks::icp, "ICP备案编号");
        addIfNull(missing, marks, Marks::publicSecurityRecord, "公安机关备案标识");
        addIfNull(missing, marks, Marks::conacBadge, "党政机关网站标识");
        addIfNull(missing, marks, Marks::sponsor, "主办单位");
        String reason = "首页缺少：" + String.join("、", missing);
        return points(
                indicator,
                per(indicator, "per").multiply(BigDecimal.valueOf(missing.size())),
                reason,
                missing.isEmpty() ? List.of() : List.of(evidence.site(reason)));
    }

    private static void addIfNull(
            List<String> missing,
            Marks marks,
            Function<Marks, @org.jspecify.annotations.Nullable String> field,
            String name) {
        if (field.apply(marks) == null) {
            missing.add(name);
        }
    }
}
