package org.goveval.server.targets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing wrong with an imported file, where the user will find it: the line as their editor or Excel
 * numbers it (the header is line 1) and the column as their header names it. The problem itself is a message
 * key ({@code import.CODE} in the {@code messages} bundles) with its arguments, so that it reads in the user's
 * language; the arguments are text (a number is passed as text, so that line 1234 is not shown as 1,234) or
 * message keys themselves (a target's kind, a division's level).
 *
 * @param column the column's header as written in the file, or null when the problem is the whole line's
 * @param code the message key without its {@code import.} prefix
 */
public record ImportProblem(String file, int line, @Nullable String column, String code, List<Object> args) {
    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        if (line < 1) {
            throw new IllegalArgumentException("lines start at 1: " + line);
        }
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof MessageSourceResolvable)) {
                throw new IllegalArgumentException("args are text or message keys, not " + arg.getClass());
            }
        }
    }

    /** A problem whose arguments are turned into text, numbers included, as {@link String#valueOf} writes them. */
    static ImportProblem of(String file, int line, @Nullable String column, String code, Object... args) {
        return new ImportProblem(
                file,
                line,
                column,
                code,
                Arrays.stream(args)
                        .map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a))
                        .toList());
    }

    /** An argument shown as the message {@code key} says in the user's language. */
    static MessageSourceResolvable key(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    /** The problem alone, in {@code locale}: {@code 999999 不是已知的行政区划代码}. */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage("import." + code, args.toArray(), locale);
    }

    /** The whole line as the import page lists it: {@code targets.csv:3: 行政区划代码: 999999 不是已知的行政区划代码}. */
    public String describe(MessageSource messages, Locale locale) {
        return file + ":" + line + ": " + (column == null ? "" : column + ": ") + message(messages, locale);
    }

    /** For logs and exceptions, without a message bundle: {@code targets.csv:3: 行政区划代码: unknownDivision [999999]}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (column == null ? "" : column + ": ") + code + " " + args;
    }
}
