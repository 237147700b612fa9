package org.goveval.sitefarm.internal.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a real page of a site shows; {@link SiteRenderer} turns it into HTML. */
public sealed interface PageModel {
    String path();

    /** The homepage, at {@code /}. */
    record Home() implements PageModel {
        @Override
        public String path() {
            return "/";
        }
    }

    /**
     * A page of a column's list: its index page ({@code page} 0), or a later page of the list TRS-style
     * ({@code index_1.html}, {@code index_2.html} …, see {@link ColumnPaging}).
     */
    record ColumnIndex(Column column, int page) implements PageModel {
        public ColumnIndex {
            Objects.requireNonNull(column, "column");
            if (page < 0) {
                throw new IllegalArgumentException("page must not be negative: " + page);
            }
        }

        /** The column's index page. */
        public ColumnIndex(Column column) {
            this(column, 0);
        }

        @Override
        public String path() {
            return ColumnPaging.path(column.path(), page);
        }
    }

    /** A sub-column's index page. */
    record SubColumnIndex(SubColumn subColumn) implements PageModel {
        @Override
        public String path() {
            return subColumn.path();
        }
    }

    /** An article page. */
    record ArticleView(Article article) implements PageModel {
        @Override
        public String path() {
            return article.path();
        }
    }

    /**
     * A page outside the columns (在线咨询, 依申请公开, a 专题 page …).
     *
     * @param section the column it is shown under in the breadcrumb, if any
     * @param links links written in its text, after the paragraphs
     */
    record Special(String path, String title, Optional<ColumnKind> section, List<String> paragraphs, List<Link> links)
            implements PageModel {
        public Special {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(section, "section");
            paragraphs = List.copyOf(paragraphs);
            links = List.copyOf(links);
        }
    }

    /**
     * A page outside the columns whose content is written by code (a message table, a service guide, a form):
     * breadcrumb and title as a {@link Special}, then whatever {@code body} writes. The body must write the same
     * on every call.
     */
    record Written(String path, String title, Optional<ColumnKind> section, Body body) implements PageModel {
        /** Writes the page's own content. */
        @FunctionalInterface
        public interface Body {
            void write(HtmlWriter html);
        }

        public Written {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(body, "body");
        }
    }
}
