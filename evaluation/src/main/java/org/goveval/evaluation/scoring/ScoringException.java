package org.goveval.evaluation.scoring;

/** A score or index that the indicator system does not allow, naming the indicator it concerns. */
public final class ScoringException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String indicatorId;

    public ScoringException(String indicatorId, String message) {
        super(indicatorId + ": " + message);
        this.indicatorId = indicatorId;
    }

    /** The id of the indicator (first-level or scored leaf) the problem concerns. */
    public String indicatorId() {
        return indicatorId;
    }

    /** The message without the indicator id, for callers that name the field themselves. */
    public String problem() {
        return getMessage().substring(indicatorId.length() + 2);
    }
}
