package org.goveval.monitor.content.govcheck;

import java.util.Objects;

/**
 * Which CSTC weights a proposal uses: a system and one of its weight columns (e.g. {@code
 * cstc-2020-website-local} and {@code county}).
 */
public record CstcTarget(String system, String column) {
    public CstcTarget {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(column, "column");
    }
}
