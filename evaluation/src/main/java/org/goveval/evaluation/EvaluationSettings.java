package org.goveval.evaluation;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.goveval.evaluation.ranking.RankingRule;
import org.goveval.evaluation.ranking.Tiers;

/**
 * Settings of the evaluation engine.
 *
 * @param rule how ranks are numbered; dense by default, as the CSTC publishes
 * @param tiers the tier scale; the CSTC's five tiers by default
 * @param systemsDirectory a folder of extra indicator-system files, which replace bundled ones of the same id
 */
public record EvaluationSettings(RankingRule rule, Tiers tiers, Optional<Path> systemsDirectory) {
    public EvaluationSettings {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(systemsDirectory, "systemsDirectory");
    }

    public static EvaluationSettings defaults() {
        return new EvaluationSettings(RankingRule.DENSE, Tiers.defaults(), Optional.empty());
    }

    public EvaluationSettings withRule(RankingRule newRule) {
        return new EvaluationSettings(newRule, tiers, systemsDirectory);
    }

    public EvaluationSettings withTiers(Tiers newTiers) {
        return new EvaluationSettings(rule, newTiers, systemsDirectory);
    }

    public EvaluationSettings withSystemsDirectory(Path dir) {
        return new EvaluationSettings(rule, tiers, Optional.of(dir));
    }
}
