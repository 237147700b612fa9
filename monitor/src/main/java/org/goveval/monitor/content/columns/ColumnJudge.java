package org.goveval.monitor.content.columns;

import java.time.Period;
import java.util.List;
import org.goveval.monitor.content.Finding;

/** Turns a column's index page into its report and, when it is blank or stale, a finding with the page as evidence. */
final class ColumnJudge {
    private final ColumnRules rules;

    ColumnJudge(ColumnRules rules) {
        this.rules = rules;
    }

    record Judgement(ColumnReport report, List<Finding> findings) {}

    /**
     * @param name the name the linking page gives the column; the page's own heading when that is empty
     */
    Judgement judge(String name, PageSummary page) {
        String shown = name.isEmpty() ? page.heading() : name;
        ColumnCategory category = ColumnCategory.of(shown);
        boolean blank = page.items() == 0;
        boolean stale = !blank && rules.stale(category, page.latest(), page.today());
        String latest = page.latest() == null ? null : page.latest().toString();
        ColumnReport report =
                new ColumnReport(shown, page.url().toString(), category, latest, page.items(), blank, stale);
        if (blank) {
            Finding finding = new Finding(
                    HomepageJudge.CHECK,
                    "COLUMN_BLANK",
                    Finding.Severity.ERROR,
                    "空白栏目：栏目“" + shown + "”的栏目页没有列出任何信息。",
                    List.of(page.evidence("栏目“" + page.heading() + "”：无信息")));
            return new Judgement(report, List.of(finding));
        }
        if (stale) {
            String window = ColumnsCheck.describe(rules.window(category).orElse(Period.ZERO));
            String message = latest == null
                    ? "栏目“" + shown + "”列出的 " + page.items() + " 条信息均无日期，视为未更新（" + category + " 类栏目须" + window + "内更新）。"
                    : "栏目“" + shown + "”最新信息日期为 " + latest + "，超过" + window + "未更新（" + category + " 类栏目）。";
            Finding finding = new Finding(
                    HomepageJudge.CHECK,
                    "COLUMN_STALE",
                    Finding.Severity.ERROR,
                    message,
                    List.of(page.evidence(page.firstItem())));
            return new Judgement(report, List.of(finding));
        }
        return new Judgement(report, List.of());
    }
}
