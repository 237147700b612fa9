package org.goveval.sitefarm.internal.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a list shows an item's date: the three forms content checks must all read. */
public enum DateStyle {
    /** 2024-12-20 */
    ISO("yyyy-MM-dd"),
    /** [12-20] */
    BRACKET("'['MM-dd']'"),
    /** 2024年12月20日 */
    CHINESE("yyyy'年'M'月'd'日'");

    private final DateTimeFormatter format;

    DateStyle(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    public String format(LocalDate date) {
        return format.format(date);
    }
}
