package org.goveval.evaluation;

import java.util.List;
import java.util.Objects;
import org.goveval.evaluation.published.PublishedResults;
import org.goveval.evaluation.ranking.Contender;
import org.goveval.evaluation.ranking.Ranked;
import org.goveval.evaluation.ranking.Ranking;
import org.goveval.evaluation.reference.Divisions;
import org.goveval.evaluation.reference.StateCouncilDepartments;
import org.goveval.evaluation.system.IndicatorSystems;

/**
 * The front door of the evaluation engine: the bundled indicator systems and reference data, and ranking
 * under one set of settings. Loads its data once, at construction; thread-safe afterwards.
 */
public final class Evaluation {
    private final EvaluationSettings settings;
    private final IndicatorSystems systems;
    private final Divisions divisions;
    private final StateCouncilDepartments departments;

    private Evaluation(EvaluationSettings settings, IndicatorSystems systems) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.systems = systems;
        this.divisions = Divisions.bundled();
        this.departments = StateCouncilDepartments.bundled();
    }

    /** The engine with the bundled data and the given settings. */
    public static Evaluation create(EvaluationSettings settings) {
        IndicatorSystems systems = IndicatorSystems.bundled();
        if (settings.systemsDirectory().isPresent()) {
            systems = systems.withDirectory(settings.systemsDirectory().get());
        }
        return new Evaluation(settings, systems);
    }

    public EvaluationSettings settings() {
        return settings;
    }

    public IndicatorSystems systems() {
        return systems;
    }

    public Divisions divisions() {
        return divisions;
    }

    public StateCouncilDepartments departments() {
        return departments;
    }

    public PublishedResults publishedResults() {
        return new PublishedResults(systems, divisions);
    }

    /** Ranks one group under the configured rule; ties by tie key. */
    public <T> List<Ranked<T>> rank(List<Contender<T>> contenders) {
        return Ranking.rank(contenders, settings.rule());
    }
}
