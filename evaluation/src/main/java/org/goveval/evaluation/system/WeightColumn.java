package org.goveval.evaluation.system;

import java.util.Objects;

/**
 * One weight column of an indicator system: the level or channel a set of weights applies to (省/市/县,
 * 微信/App/微博, or a single column).
 */
public record WeightColumn(String id, String label) {
    public WeightColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
