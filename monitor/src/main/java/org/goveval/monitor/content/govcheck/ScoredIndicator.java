package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A deduction indicator (扣分指标) or a bonus indicator (加分指标): it loses (or gains) at most its value.
 *
 * @param id e.g. {@code deduct.design.links}
 * @param name as published (or as named in the data)
 * @param group the id of its group, e.g. {@code deduct.design}
 * @param value what it is worth
 * @param rule how the machine judges it
 * @param categories the column categories the rule counts; empty for all
 * @param parameters the rule's numbers ({@code per}, {@code homepage}, {@code other}) with their provenance
 * @param service part of the 办事服务 indicators, not checked for a department without external services
 */
public record ScoredIndicator(
        String id,
        String name,
        String group,
        Sourced value,
        GovCheckRule rule,
        List<String> categories,
        Map<String, Sourced> parameters,
        boolean service) {
    public ScoredIndicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        categories = List.copyOf(categories);
        parameters = Map.copyOf(parameters);
    }

    public Optional<Sourced> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
