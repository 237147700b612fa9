package org.goveval.monitor.content.functions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full dates as Chinese government pages write them: 2024-12-20, 2024/12/20, 2024.12.20, 2024年12月20日. */
final class ChineseDates {
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");

    private ChineseDates() {}

    /** The first valid full date in the text, if any (a time after it is ignored). */
    static Optional<LocalDate> first(String text) {
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            } catch (DateTimeException e) {
                // 2024-13-45 is no date: look further
            }
        }
        return Optional.empty();
    }
}
