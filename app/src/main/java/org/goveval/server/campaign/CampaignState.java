package org.goveval.server.campaign;

import java.util.Set;

/**
 * Where a campaign stands. Transitions go forward one step at a time (a campaign never skips review), and
 * {@link #COLLECTION} may go back to {@link #REGISTRATION} while units still register.
 */
public enum CampaignState {
    DRAFT,
    REGISTRATION,
    COLLECTION,
    REVIEW,
    PUBLISHED;

    /** The states this one may move to. */
    public Set<CampaignState> next() {
        return switch (this) {
            case DRAFT -> Set.of(REGISTRATION);
            case REGISTRATION -> Set.of(COLLECTION);
            case COLLECTION -> Set.of(REGISTRATION, REVIEW);
            case REVIEW -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of();
        };
    }
}
