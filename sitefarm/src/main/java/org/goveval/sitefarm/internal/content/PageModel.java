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

    /** A column's index page. */
    record ColumnIndex(Column column) implements PageModel {
        @Override
        public String path() {
            return column.path();
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
}
