package org.goveval.evaluation.reference;

import java.util.Objects;

/**
 * A department of the State Council with its place in the official order, which orders equal totals among
 * ministries.
 *
 * @param order 1-based position in the official list
 * @param category 国务院组成部门, 国务院直属机构 …
 */
public record StateCouncilDepartment(int order, String name, String category) {
    public StateCouncilDepartment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        if (order < 1) {
            throw new IllegalArgumentException("order starts at 1: " + order);
        }
    }
}
