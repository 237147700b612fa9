package org.goveval.monitor.content.columns;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How often each category of column must be updated, and in which time zone dates are read.
 *
 * @param windows the longest a column of each category may go without a new dated item; a category
 *     missing from the map is never judged stale (its lists carry no news: messages, service guides, topics)
 * @param homepageWindow the longest the home page may go without a new dated item
 * @param zone the zone the sites date their items in; the scan's instant is read in it
 * @param maxColumns at most this many columns are reported, the first found (navigation first)
 */
public record ColumnRules(Map<ColumnCategory, Period> windows, Period homepageWindow, ZoneId zone, int maxColumns) {
    public ColumnRules {
        windows = Map.copyOf(windows);
        Objects.requireNonNull(homepageWindow, "homepageWindow");
        Objects.requireNonNull(zone, "zone");
        if (maxColumns < 1) {
            throw new IllegalArgumentException("maxColumns must be positive: " + maxColumns);
        }
    }

    /**
     * The State Council's windows (国办秘函〔2019〕19号 and the 2015 普查 definitions it builds on): 2 weeks
     * for 动态/要闻 and for the home page; 6 months for 通知公告 and 政策文件; 1 year for 人事 and 规划计划.
     * goveval's own choice, documented in docs/content-checks.md: 1 year ("long not updated") for
     * interpretations and unclassified columns; none for interaction, service and special-topic columns,
     * whose lists are messages, service guides and finished topics, not news. Dates are Beijing dates. 200
     * columns cover the largest portals' navigation.
     */
    public static ColumnRules defaults() {
        Map<ColumnCategory, Period> windows = new EnumMap<>(ColumnCategory.class);
        windows.put(ColumnCategory.NEWS, Period.ofWeeks(2));
        windows.put(ColumnCategory.NOTICE, Period.ofMonths(6));
        windows.put(ColumnCategory.POLICY, Period.ofMonths(6));
        windows.put(ColumnCategory.PERSONNEL, Period.ofYears(1));
        windows.put(ColumnCategory.PLANNING, Period.ofYears(1));
        windows.put(ColumnCategory.INTERPRETATION, Period.ofYears(1));
        windows.put(ColumnCategory.OTHER, Period.ofYears(1));
        return new ColumnRules(windows, Period.ofWeeks(2), ZoneId.of("Asia/Shanghai"), 200);
    }

    public Optional<Period> window(ColumnCategory category) {
        return Optional.ofNullable(windows.get(category));
    }

    /**
     * Whether a column with items is stale on {@code today}: its category has a window and no item is
     * dated within it ({@code latest} before {@code today} minus the window, or no dated item at all).
     */
    public boolean stale(ColumnCategory category, @Nullable LocalDate latest, LocalDate today) {
        return window(category).map(w -> !within(latest, w, today)).orElse(false);
    }

    /** Whether {@code latest} lies on or after {@code today} minus {@code window}; false when null. */
    public static boolean within(@Nullable LocalDate latest, Period window, LocalDate today) {
        return latest != null && !latest.isBefore(today.minus(window));
    }
}
