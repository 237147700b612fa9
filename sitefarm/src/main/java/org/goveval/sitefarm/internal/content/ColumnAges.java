package org.goveval.sitefarm.internal.content;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.goveval.sitefarm.ContentDefect;

/** Which columns a site has and how much older than usual their articles are, by the site's content defects. */
public final class ColumnAges {
    /** Past the 2 weeks within which the home page and news columns must show something new. */
    static final int NOT_UPDATED_DAYS = 20;
    /** Past the 6 months within which notice and policy columns must show something new. */
    static final int STALE_NOTICE_DAYS = 200;
    /** Past a year, the longest window of any category: not updated for a long time under any reading. */
    static final int LONG_STALE_DAYS = 400;

    /** The columns {@link ContentDefect#LONG_STALE_COLUMNS} ages: every column that has a window but the news. */
    static final Set<ColumnKind> LONG_STALE = EnumSet.of(
            ColumnKind.NOTICE, ColumnKind.POLICY, ColumnKind.INTERPRETATION, ColumnKind.PERSONNEL, ColumnKind.PLAN);

    private ColumnAges() {}

    /** Days added to the age of every article of the column (the largest that applies). */
    public static int extraDays(Set<ContentDefect> defects, ColumnKind kind) {
        int days = 0;
        if (defects.contains(ContentDefect.HOMEPAGE_NOT_UPDATED)) {
            days = NOT_UPDATED_DAYS;
        }
        if (kind == ColumnKind.NEWS && defects.contains(ContentDefect.STALE_NEWS_COLUMNS)) {
            days = Math.max(days, NOT_UPDATED_DAYS);
        }
        if (kind == ColumnKind.NOTICE && defects.contains(ContentDefect.STALE_NOTICE_COLUMN)) {
            days = Math.max(days, STALE_NOTICE_DAYS);
        }
        if (LONG_STALE.contains(kind) && defects.contains(ContentDefect.LONG_STALE_COLUMNS)) {
            days = Math.max(days, LONG_STALE_DAYS);
        }
        return days;
    }

    /**
     * The site's columns in navigation order: the nine, less 互动交流 without an interaction channel ({@link
     * ContentDefect#NO_INTERACTION_CHANNEL}) and 办事服务 without services ({@link ContentDefect#NO_SERVICE}).
     */
    public static List<ColumnKind> present(Set<ContentDefect> defects) {
        return Arrays.stream(ColumnKind.values())
                .filter(kind ->
                        !(kind == ColumnKind.INTERACTION && defects.contains(ContentDefect.NO_INTERACTION_CHANNEL)))
                .filter(kind -> !(kind == ColumnKind.SERVICE && defects.contains(ContentDefect.NO_SERVICE)))
                .toList();
    }
}
