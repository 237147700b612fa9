package org.goveval.monitor.content.govcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The State Council website checks as data: single-veto clauses, deduction indicators (100 points) and bonus
 * indicators for portals (30 points), with the pass rules. Read from {@code goveval/govcheck/*.yaml} by
 * {@link GovCheckSystemLoader}, which guarantees unique ids and that the values add up.
 *
 * @param rules the pass rules: {@code deductionTotal}, {@code bonusTotal}, {@code passMark}, {@code bonusAbove},
 *     {@code noServiceBase}
 */
public record GovCheckSystem(
        String id,
        String name,
        String document,
        Map<String, Sourced> rules,
        List<VetoClause> vetoes,
        List<ScoredIndicator> deductions,
        List<ScoredIndicator> bonuses) {
    /** The bundled file of the 2019 checks. */
    public static final String RESOURCE = "goveval/govcheck/gov-check-2019.yaml";

    public GovCheckSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
        rules = Map.copyOf(rules);
        vetoes = List.copyOf(vetoes);
        deductions = List.copyOf(deductions);
        bonuses = List.copyOf(bonuses);
    }

    /** 国办秘函〔2019〕19号 as shipped. */
    public static GovCheckSystem bundled() {
        try (InputStream in = GovCheckSystem.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + RESOURCE);
            }
            return GovCheckSystemLoader.parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A pass rule's number. */
    public Sourced rule(String name) {
        Sourced value = rules.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no rule " + name + " in " + id);
        }
        return value;
    }

    /** Whether an id names a clause or an indicator of this system. */
    public boolean has(String indicatorId) {
        return Stream.concat(vetoes.stream().map(VetoClause::id), scored().map(ScoredIndicator::id))
                .anyMatch(indicatorId::equals);
    }

    /** A deduction or bonus indicator by id. */
    public Optional<ScoredIndicator> scored(String indicatorId) {
        return scored().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    private Stream<ScoredIndicator> scored() {
        return Stream.concat(deductions.stream(), bonuses.stream());
    }
}
