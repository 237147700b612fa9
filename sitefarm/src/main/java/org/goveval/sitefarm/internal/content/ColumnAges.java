package org.goveval.sitefarm.internal.content;

import java.util.Set;
import org.goveval.sitefarm.ContentDefect;

/** How much older than usual a column's articles are, by the site's content defects. */
public final class ColumnAges {
    /** Past the 2 weeks within which the home page and news columns must show something new. */
    static final int NOT_UPDATED_DAYS = 20;
    /** Past the 6 months within which notice and policy columns must show something new. */
    static final int STALE_NOTICE_DAYS = 200;

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
        return days;
    }
}
