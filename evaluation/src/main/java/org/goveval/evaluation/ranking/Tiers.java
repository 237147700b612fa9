package org.goveval.evaluation.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tiers by total, highest first. The default is the CSTC scale: 卓越 ≥95, 优秀 ≥85, 良好 ≥75, 发展 ≥60,
 * 准备 below 60. The lowest threshold must be 0 or less, so that every total has a tier.
 */
public final class Tiers {
    private final List<Tier> tiers;

    public Tiers(List<Tier> tiers) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("at least one tier is needed");
        }
        List<Tier> sorted = new ArrayList<>(tiers);
        sorted.sort(Comparator.comparing(Tier::threshold).reversed());
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).threshold().compareTo(sorted.get(i - 1).threshold()) == 0) {
                throw new IllegalArgumentException("two tiers share the threshold "
                        + sorted.get(i).threshold().toPlainString());
            }
        }
        if (sorted.get(sorted.size() - 1).threshold().signum() > 0) {
            throw new IllegalArgumentException("the lowest tier must start at 0 so that every total has a tier");
        }
        this.tiers = List.copyOf(sorted);
    }

    public static Tiers defaults() {
        return parse("95:卓越,85:优秀,75:良好,60:发展,0:准备");
    }

    /** Parses {@code 95:卓越,85:优秀,75:良好,60:发展,0:准备}: threshold, colon, name, separated by commas. */
    public static Tiers parse(String spec) {
        List<Tier> list = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("tier '" + part.strip() + "' is not threshold:name");
            }
            String threshold = part.substring(0, colon).strip();
            try {
                list.add(new Tier(
                        new BigDecimal(threshold), part.substring(colon + 1).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("tier threshold '" + threshold + "' is not a number", e);
            }
        }
        return new Tiers(list);
    }

    /** The tier of a total (compare the published, rounded total). */
    public Tier of(BigDecimal total) {
        for (Tier tier : tiers) {
            if (total.compareTo(tier.threshold()) >= 0) {
                return tier;
            }
        }
        throw new IllegalArgumentException("total " + total.toPlainString() + " is below every tier");
    }

    public List<Tier> list() {
        return tiers;
    }

    @Override
    public String toString() {
        return tiers.stream()
                .map(t -> t.threshold().toPlainString() + ":" + t.name())
                .collect(Collectors.joining(","));
    }
}
