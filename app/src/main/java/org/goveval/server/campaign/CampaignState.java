package org.goveval.server.campaign;

import java.util.EnumSet;
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

    /** Where a new campaign starts. */
    public static final CampaignState INITIAL = DRAFT;

    /** The states this one may move to, in the states' order (the campaign page shows them so). */
    public Set<CampaignState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(REGISTRATION);
            case REGISTRATION -> EnumSet.of(COLLECTION);
            case COLLECTION -> EnumSet.of(REGISTRATION, REVIEW);
            case REVIEW -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.noneOf(CampaignState.class);
        };
    }
}
