package org.goveval.sitefarm.internal.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a list shows an item's date: the forms content checks must all read. */
public enum DateStyle {
    /** 2024-12-20 */
    ISO("yyyy-MM-dd"),
    /** [12-20] */
    BRACKET("'['MM-dd']'"),
    /** 2024年12月20日 */
    CHINESE("yyyy'年'M'月'd'日'"),
    /** 2024/12/20 */
    SLASH("yyyy/MM/dd"),
    /** 2024.12.20 */
    DOT("yyyy.MM.dd"),
    /** No date in the list: only the item's URL carries it ({@code t20241220_…}, {@code /art/2024/12/20/…}). */
    NONE("");

    private final DateTimeFormatter format;

    DateStyle(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    /** The date as the list shows it; empty for {@link #NONE}. */
    public String format(LocalDate date) {
        return format.format(date);
    }

    /** How lists of a layout show a column's dates: TRS as {@link ColumnKind#dateStyle()}, Hanweb its own way. */
    public static DateStyle of(PathScheme paths, ColumnKind kind) {
        if (paths instanceof PathScheme.Trs) {
            return kind.dateStyle();
        }
        return switch (kind) {
            case NEWS, INTERACTION -> SLASH;
            case NOTICE, SERVICE -> DOT;
            case POLICY, SPECIAL -> NONE;
            case INTERPRETATION -> ISO;
            case PERSONNEL -> CHINESE;
            case PLAN -> BRACKET;
        };
    }
}
