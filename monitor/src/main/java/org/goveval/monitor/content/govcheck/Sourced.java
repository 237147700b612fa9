package org.goveval.monitor.content.govcheck;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number of the State Council checks with where it comes from.
 *
 * @param value the number (points, a count, a share)
 * @param provenance whether it is published or assumed
 * @param note what the number means or why it was chosen; may be empty
 */
public record Sourced(BigDecimal value, Provenance provenance, String note) {
    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(note, "note");
    }

    /** A published number without a note, for tests and code-built systems. */
    public static Sourced published(String value) {
        return new Sourced(new BigDecimal(value), Provenance.PUBLISHED, "");
    }

    public int intValue() {
        return value.intValueExact();
    }
}
