package org.goveval.sitefarm.internal.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article page of a column.
 *
 * @param id the CMS's document id, larger for newer articles
 * @param picture the path of the picture shown in the text, if any
 * @param views the 浏览次数 shown under the title
 */
public record Article(
        Column column,
        long id,
        LocalDate date,
        String title,
        String path,
        List<String> paragraphs,
        List<Attachment> attachments,
        Optional<String> picture,
        int views) {
    public Article {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(picture, "picture");
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
    }
}
