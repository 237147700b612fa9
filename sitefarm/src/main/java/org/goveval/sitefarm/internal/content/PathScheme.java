package org.goveval.sitefarm.internal.content;

import java.time.LocalDate;
import java.util.Locale;
import org.goveval.sitefarm.Layout;

/** Where a layout puts columns and articles, and how its pages write links to them. */
public sealed interface PathScheme {

    static PathScheme of(Layout layout) {
        return switch (layout) {
            case TRS -> new Trs();
            case HANWEB -> new Hanweb();
        };
    }

    String columnPath(ColumnKind kind, int number);

    String articlePath(Column column, LocalDate date, long id);

    /** The href a column page writes for one of its items at {@code path}. */
    String listHref(Column column, String path);

    /** The href an article page writes back to its column. */
    String columnHref(Column column);

    /** The folder an article's files (attachments, pictures) sit in, ending with a slash. */
    default String directoryOf(String articlePath) {
        return articlePath.substring(0, articlePath.lastIndexOf('/') + 1);
    }

    /** TRS: absolute links everywhere. */
    record Trs() implements PathScheme {
        @Override
        public String columnPath(ColumnKind kind, int number) {
            return "/col/col" + number + "/index.html";
        }

        @Override
        public String articlePath(Column column, LocalDate date, long id) {
            return String.format(
                    Locale.ROOT,
                    "/art/%d/%d/%d/art_%d_%d.html",
                    date.getYear(),
                    date.getMonthValue(),
                    date.getDayOfMonth(),
                    column.number(),
                    id);
        }

        @Override
        public String listHref(Column column, String path) {
            return path;
        }

        @Override
        public String columnHref(Column column) {
            return column.path();
        }
    }

    /** Hanweb/WCM: column lists and the way back use relative links, as the CMS writes them. */
    record Hanweb() implements PathScheme {
        @Override
        public String columnPath(ColumnKind kind, int number) {
            return "/xxgk/" + kind.code() + "/index.html";
        }

        @Override
        public String articlePath(Column column, LocalDate date, long id) {
            return String.format(
                    Locale.ROOT,
                    "/xxgk/%s/%04d%02d/t%04d%02d%02d_%d.html",
                    column.kind().code(),
                    date.getYear(),
                    date.getMonthValue(),
                    date.getYear(),
                    date.getMonthValue(),
                    date.getDayOfMonth(),
                    id);
        }

        @Override
        public String listHref(Column column, String path) {
            String folder = directoryOf(column.path());
            return path.startsWith(folder) ? "./" + path.substring(folder.length()) : path;
        }

        @Override
        public String columnHref(Column column) {
            return "../index.html";
        }
    }
}
