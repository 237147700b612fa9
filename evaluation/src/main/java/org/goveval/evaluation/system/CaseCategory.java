package org.goveval.evaluation.system;

import java.util.Objects;

/** A category under which units submit innovation cases for the bonus indicator (优秀创新案例). */
public record CaseCategory(String id, String name, String description) {
    public CaseCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
