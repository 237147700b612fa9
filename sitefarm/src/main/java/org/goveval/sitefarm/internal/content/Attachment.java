package org.goveval.sitefarm.internal.content;

import java.util.Objects;

/**
 * A file linked from an article.
 *
 * @param label the link text, such as 附件1：实施方案.pdf
 */
public record Attachment(String path, String label, AttachmentType type) {
    public Attachment {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
