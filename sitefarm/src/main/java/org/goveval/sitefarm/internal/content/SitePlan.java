package org.goveval.sitefarm.internal.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The generated structure of a site before anything is planted: who runs it, its columns (the nine of {@link
 * ColumnKind}, less those a content defect takes away) and their articles.
 *
 * @param columns in navigation order
 * @param today the clock's date, which every article date is counted back from
 */
public record SitePlan(SiteInfo info, PathScheme paths, List<Column> columns, List<Article> articles, LocalDate today) {
    public SitePlan {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(today, "today");
        columns = List.copyOf(columns);
        articles = List.copyOf(articles);
    }

    /** The site's column of this kind; a site without one has no place to plant anything in it. */
    public Column column(ColumnKind kind) {
        return columns.stream()
                .filter(column -> column.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the site has no " + kind.label() + " column"));
    }

    /** The column's articles, newest first. */
    public List<Article> articlesOf(ColumnKind kind) {
        return articles.stream()
                .filter(article -> article.column().kind() == kind)
                .sorted(Comparator.comparing(Article::date)
                        .thenComparing(Article::id)
                        .reversed())
                .toList();
    }

    /** The {@code index}-th newest article of a column; the planner puts at least one in each. */
    public Article article(ColumnKind kind, int index) {
        List<Article> list = articlesOf(kind);
        return list.get(Math.min(index, list.size() - 1));
    }

    /** The largest document id in use; planted URLs take ids above it. */
    public long maxId() {
        return articles.stream().mapToLong(Article::id).max().orElse(0);
    }
}
