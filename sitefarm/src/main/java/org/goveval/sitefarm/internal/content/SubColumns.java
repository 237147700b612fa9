package org.goveval.sitefarm.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goveval.sitefarm.ContentDefect;

/**
 * The sub-columns the content defects add: four news sub-columns of 政务动态 listing its items
 * ({@link ContentDefect#STALE_NEWS_COLUMNS}), a blank 规范性文件 under 政策文件 ({@link ContentDefect#BLANK_COLUMN}),
 * five more blank ones ({@link ContentDefect#BLANK_COLUMNS}) and five listing the items of long-stale columns
 * ({@link ContentDefect#LONG_STALE_COLUMNS}). Each name says its category to the columns check (政府规章 a policy,
 * 政策问答 an interpretation, 统计数据 none of the named ones).
 */
public final class SubColumns {
    private record Plan(ColumnKind parent, String label, String slug, String category, boolean blank) {}

    private static final List<Plan> NEWS = List.of(
            new Plan(ColumnKind.NEWS, "部门动态", "bmdt", "NEWS", false),
            new Plan(ColumnKind.NEWS, "乡镇动态", "xzdt", "NEWS", false),
            new Plan(ColumnKind.NEWS, "工作动态", "gzdt", "NEWS", false),
            new Plan(ColumnKind.NEWS, "图片新闻", "tpxw", "NEWS", false));
    private static final Plan BLANK = new Plan(ColumnKind.POLICY, "规范性文件", "gfxwj", "POLICY", true);
    private static final List<Plan> BLANKS = List.of(
            new Plan(ColumnKind.NOTICE, "招标公告", "zbgg", "NOTICE", true),
            new Plan(ColumnKind.POLICY, "政府规章", "zfgz", "POLICY", true),
            new Plan(ColumnKind.INTERPRETATION, "图解政策", "tjzc", "INTERPRETATION", true),
            new Plan(ColumnKind.PERSONNEL, "人事任免", "rsrm", "PERSONNEL", true),
            new Plan(ColumnKind.PLAN, "统计数据", "tjsj", "OTHER", true));
    private static final List<Plan> LONG_STALE = List.of(
            new Plan(ColumnKind.INTERPRETATION, "政策问答", "zcwd", "INTERPRETATION", false),
            new Plan(ColumnKind.PERSONNEL, "干部任免", "gbrm", "PERSONNEL", false),
            new Plan(ColumnKind.PERSONNEL, "招聘信息", "zpxx", "PERSONNEL", false),
            new Plan(ColumnKind.PLAN, "专项规划", "zxgh", "PLANNING", false),
            new Plan(ColumnKind.PLAN, "年度计划", "ndjh", "PLANNING", false));

    private SubColumns() {}

    /** The site's sub-columns, in the order their parents' pages name them. */
    public static List<SubColumn> of(
            SitePlan plan, Set<ContentDefect> defects, Map<ColumnKind, List<Listing>> listings) {
        List<Plan> plans = new ArrayList<>();
        if (defects.contains(ContentDefect.STALE_NEWS_COLUMNS)) {
            plans.addAll(NEWS);
        }
        if (defects.contains(ContentDefect.BLANK_COLUMN)) {
            plans.add(BLANK);
        }
        if (defects.contains(ContentDefect.BLANK_COLUMNS)) {
            plans.addAll(BLANKS);
        }
        if (defects.contains(ContentDefect.LONG_STALE_COLUMNS)) {
            plans.addAll(LONG_STALE);
        }
        List<SubColumn> subColumns = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan sub = plans.get(i);
            Column parent = plan.column(sub.parent());
            String path = plan.paths() instanceof PathScheme.Trs
                    ? "/col/col" + (parent.number() * 10L + i) + "/index.html"
                    : "/xxgk/" + sub.parent().code() + "/" + sub.slug() + "/index.html";
            List<Listing> items = sub.blank() ? List.of() : listings.getOrDefault(sub.parent(), List.of());
            subColumns.add(new SubColumn(sub.parent(), sub.label(), path, sub.category(), items));
        }
        return subColumns;
    }
}
