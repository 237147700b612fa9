package org.goveval.sitefarm.internal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goveval.sitefarm.ContentDefect;

/**
 * The sub-columns the content defects add: four news sub-columns of 政务动态 listing its items
 * ({@link ContentDefect#STALE_NEWS_COLUMNS}), a blank 规范性文件 under 政策文件 ({@link ContentDefect#BLANK_COLUMN}).
 */
public final class SubColumns {
    private record Plan(ColumnKind parent, String label, String slug, String category, boolean blank) {}

    private static final List<Plan> NEWS = List.of(
            new Plan(ColumnKind.NEWS, "部门动态", "bmdt", "NEWS", false),
            new Plan(ColumnKind.NEWS, "乡镇动态", "xzdt", "NEWS", false),
            new Plan(ColumnKind.NEWS, "工作动态", "gzdt", "NEWS", false),
            new Plan(ColumnKind.NEWS, "图片新闻", "tpxw", "NEWS", false));
    private static final Plan BLANK = new Plan(ColumnKind.POLICY, "规范性文件", "gfxwj", "POLICY", true);

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
