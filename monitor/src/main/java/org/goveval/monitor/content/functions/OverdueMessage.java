package org.goveval.monitor.content.functions;

import java.util.Objects;

/**
 * A valid public message of the last year left unanswered for more than 3 months: a single-veto item of the
 * State Council checks (国办秘函〔2019〕19号, 互动回应差).
 *
 * @param title as the list shows it (untrusted)
 * @param asked when it was left, YYYY-MM-DD
 * @param url the list page that shows it
 */
public record OverdueMessage(String title, String asked, String url) {
    public OverdueMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(url, "url");
    }
}
