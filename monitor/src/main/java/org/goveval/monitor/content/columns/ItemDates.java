package org.goveval.monitor.content.columns;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a listed item in the forms Chinese government sites write it: {@code 2024-12-20},
 * {@code 2024/12/20}, {@code 2024.12.20}, {@code 2024年12月20日}, {@code [12-20]} (year inferred), and dates
 * inside URLs ({@code t20241220_123.html}, {@code /art/2024/12/20/art_…}, {@code /2024-12/20/content_…}).
 *
 * <p>Every date is judged against {@code today}, the date the page was fetched (never the wall clock): a
 * month and day without a year belong to today's year, or to the year before when they lie after today, unless
 * the item's URL dates the same month and day in another year ({@link #ofRow}); a date more than one day after
 * today, or before 1990, is not a publication date and is ignored.
 */
public final class ItemDates {
    private static final int FIRST_YEAR = 1990;

    private static final Pattern FULL =
            Pattern.compile("(?<!\\d)(\\d{4})\\s*(?:([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})"
                    + "|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?)(?!\\d)");

    /** [12-20], 【12-20】, (12-20), ［12/20］, [12月20日]. */
    private static final Pattern BRACKETED =
            Pattern.compile("[\\[［【(（]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?\\s*[\\]］】)）]");

    /** A bare 12-20 or 12/20, accepted only as the whole text of a date cell. */
    private static final Pattern BARE = Pattern.compile("(\\d{1,2})\\s*[-/]\\s*(\\d{1,2})");

    private static final List<Pattern> URL_DATES = List.of(
            Pattern.compile("/t(\\d{4})(\\d{2})(\\d{2})_\\d+"),
            Pattern.compile("/art/(\\d{4})/(\\d{1,2})/(\\d{1,2})/art_"),
            Pattern.compile("/(\\d{4})-(\\d{2})/(\\d{2})/content_"));

    private ItemDates() {}

    /**
     * The first date written in {@code text} (a list row's text without its title): a full date, else a
     * bracketed month and day, else a bare month and day when that is all the text says.
     */
    public static Optional<LocalDate> fromText(String text, LocalDate today) {
        return fullDate(text, today).or(() -> monthAndDay(text, today));
    }

    /**
     * A list row's date: the date its text shows ({@link #fromText}), else the date in its URL ({@link
     * #fromUrl}). A month and day without a year take the URL's year when the URL names the same month and day:
     * a list showing {@code [11-15]} for {@code t20231115_1.html} lists an item of 2023, however long ago, where
     * the year would otherwise be guessed as the last 12 months'.
     */
    public static Optional<LocalDate> ofRow(String text, String url, LocalDate today) {
        Optional<LocalDate> full = fullDate(text, today);
        if (full.isPresent()) {
            return full;
        }
        Optional<LocalDate> inUrl = fromUrl(url, today);
        Optional<LocalDate> shown = monthAndDay(text, today);
        if (shown.isPresent()
                && inUrl.isPresent()
                && !MonthDay.from(shown.get()).equals(MonthDay.from(inUrl.get()))) {
            return shown; // the URL dates something else (a document number, a reused path): the text decides
        }
        return inUrl.or(() -> shown);
    }

    private static Optional<LocalDate> fullDate(String text, LocalDate today) {
        Matcher full = FULL.matcher(text);
        while (full.find()) {
            boolean chinese = full.group(2) == null;
            Optional<LocalDate> date =
                    date(full.group(1), full.group(chinese ? 5 : 3), full.group(chinese ? 6 : 4), today);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** A bracketed month and day, else a bare one when that is all the text says; the year inferred. */
    private static Optional<LocalDate> monthAndDay(String text, LocalDate today) {
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            Optional<LocalDate> date = monthDay(bracketed.group(1), bracketed.group(2), today);
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher bare = BARE.matcher(text.strip());
        if (bare.matches()) {
            return monthDay(bare.group(1), bare.group(2), today);
        }
        return Optional.empty();
    }

    /**
     * Whether the URL follows a CMS's dated layout for articles (TRS {@code /t20241220_1.html}, Hanweb
     * {@code /art/2024/12/20/art_…}, gov.cn {@code /2024-12/20/content_…}): an item of a column, never a column's
     * own index page, whatever menu links to it.
     */
    public static boolean isDatedArticle(String url) {
        return datedLayout(url).isPresent();
    }

    /** The date a CMS wrote into an item's URL, if it follows one of the known layouts. */
    public static Optional<LocalDate> fromUrl(String url, LocalDate today) {
        return datedLayout(url).flatMap(m -> date(m.group(1), m.group(2), m.group(3), today));
    }

    /** The first dated layout the URL follows, matched: year, month and day are groups 1 to 3. */
    private static Optional<Matcher> datedLayout(String url) {
        for (Pattern pattern : URL_DATES) {
            Matcher matcher = pattern.matcher(url);
            if (matcher.find()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return plausible(date, today) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Today's year, or the year before when the month and day lie after today (02-29 finds its leap year). */
    private static Optional<LocalDate> monthDay(String month, String day, LocalDate today) {
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            Optional<LocalDate> date = date(Integer.toString(year), month, day, today);
            if (date.isPresent() && !date.get().isAfter(today)) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(LocalDate date, LocalDate today) {
        return date.getYear() >= FIRST_YEAR && !date.isAfter(today.plusDays(1));
    }
}
