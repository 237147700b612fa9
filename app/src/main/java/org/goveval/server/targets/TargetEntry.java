package org.goveval.server.targets;

import java.util.List;
import java.util.Objects;
import org.goveval.server.campaign.MediaAccounts;
import org.jspecify.annotations.Nullable;

/**
 * One target as a checked file line describes it, ready to be created.
 *
 * @param divisionCode six digits, known to {@code Divisions.bundled()}, or null where the kind needs none
 * @param officialOrder the State Council's official order (1 and up), or null
 * @param rankingGroups ids of {@code RankingGroups}, in the file's order
 * @param accounts the target's new-media accounts, in the file's order
 */
public record TargetEntry(
        String name,
        TargetKind kind,
        @Nullable String divisionCode,
        @Nullable Integer officialOrder,
        List<String> rankingGroups,
        List<TargetEntry.Website> websites,
        List<MediaAccounts.Account> accounts) {
    /** A website of the target; {@code portal} marks a government portal (门户网站). */
    public record Website(String url, boolean portal) {
        public Website {
            Objects.requireNonNull(url, "url");
        }
    }

    /** A target without new-media accounts. */
    public TargetEntry(
            String name,
            TargetKind kind,
            @Nullable String divisionCode,
            @Nullable Integer officialOrder,
            List<String> rankingGroups,
            List<TargetEntry.Website> websites) {
        this(name, kind, divisionCode, officialOrder, rankingGroups, websites, List.of());
    }

    public TargetEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        rankingGroups = List.copyOf(rankingGroups);
        websites = List.copyOf(websites);
        accounts = List.copyOf(accounts);
    }
}
