package org.goveval.monitor.content.functions;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One public message (留言, 来信, 咨询) as a message list shows it.
 *
 * @param asked when it was left
 * @param answered when it was answered, when the list shows that date
 * @param row the row's text, for evidence (untrusted)
 */
record PublicMessage(String title, LocalDate asked, Optional<LocalDate> answered, Status status, String row) {
    /** What the list says about the reply. */
    enum Status {
        ANSWERED,
        UNANSWERED,
        /** Marked invalid or duplicate by the site (无效, 重复): not a valid message. */
        INVALID
    }

    PublicMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(answered, "answered");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(row, "row");
    }

    /**
     * Whether this is a valid message left unanswered for more than 3 months and asked within the year before
     * {@code today} (国办秘函〔2019〕19号, 互动回应差).
     */
    boolean overdue(LocalDate today) {
        return status == Status.UNANSWERED
                && !asked.isBefore(today.minusYears(1))
                && today.isAfter(asked.plusMonths(3));
    }
}
