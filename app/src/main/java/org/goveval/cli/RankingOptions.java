package org.goveval.cli;

import org.goveval.evaluation.ranking.RankingRule;
import org.goveval.evaluation.ranking.Tiers;
import picocli.CommandLine.Option;

/** The {@code --tiers} and {@code --rule} options that {@code score} and {@code rank} share. */
final class RankingOptions {
    @Option(
            names = "--tiers",
            paramLabel = "SPEC",
            defaultValue = "95:卓越,85:优秀,75:良好,60:发展,0:准备",
            description = "Tier thresholds and names (default: ${DEFAULT-VALUE}).")
    String tiers = "";

    @Option(
            names = "--rule",
            paramLabel = "RULE",
            defaultValue = "dense",
            description = "dense (1,2,2,3) or competition (1,2,2,4).")
    String rule = "";

    RankingRule rule() {
        try {
            return RankingRule.parse(rule);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--rule: " + e.getMessage(), e);
        }
    }

    Tiers tiers() {
        try {
            return Tiers.parse(tiers);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tiers: " + e.getMessage(), e);
        }
    }
}
