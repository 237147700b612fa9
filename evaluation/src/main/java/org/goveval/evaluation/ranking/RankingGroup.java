package org.goveval.evaluation.ranking;

import java.util.Objects;

/**
 * A group within which targets are ranked (直辖市, 省/自治区, 副省级城市 …). A target can sit in several
 * groups: 杭州市 is ranked among the sub-provincial cities and among the provincial capitals.
 */
public record RankingGroup(String id, String name, TieOrder tieOrder) {
    public RankingGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tieOrder, "tieOrder");
    }
}
