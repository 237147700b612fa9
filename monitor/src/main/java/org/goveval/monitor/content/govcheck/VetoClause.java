package org.goveval.monitor.content.govcheck;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One clause of a single-veto item (单项否决): any clause that holds fails the site.
 *
 * @param id the clause's id, e.g. {@code veto.columns.blank}
 * @param item the veto item's name as published, e.g. 栏目不更新
 * @param text the clause as published
 * @param rule how the machine judges it
 * @param categories the categories the rule counts (column, wording or poisoned-link categories); empty for all
 * @param parameters the rule's numbers ({@code min}, {@code days} …) with their provenance
 * @param review the machine covers only part of the clause: a person still confirms it when the machine finds
 *     nothing
 */
public record VetoClause(
        String id,
        String item,
        String text,
        GovCheckRule rule,
        List<String> categories,
        Map<String, Sourced> parameters,
        boolean review) {
    public VetoClause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        categories = List.copyOf(categories);
        parameters = Map.copyOf(parameters);
    }

    public Optional<Sourced> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
