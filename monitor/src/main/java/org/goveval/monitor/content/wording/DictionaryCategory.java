package org.goveval.monitor.content.wording;

/** What a dictionary entry marks. The first three are wording errors; the next three judge linked pages. */
public enum DictionaryCategory {
    /** A fixed political expression written wrongly (严重表述错误); the suggestion is the correct form. */
    POLITICAL_EXPRESSION,
    /** An official name no longer in use; the suggestion is the current name, {@code replacedIn} its year. */
    OUTDATED_NAME,
    /** Text that must not stand on a government page (illegal advertising, spam); no suggestion. */
    SENSITIVE,
    /** Gambling vocabulary, for judging linked pages. */
    GAMBLING,
    /** Pornographic vocabulary, for judging linked pages. */
    PORNOGRAPHY,
    /** Words of news about a crackdown (破获, 查处 …): a linked page using them reports on vice, it does not sell it. */
    REPORTING,
    /**
     * A correct text that contains a listed term (各级农业部门 contains 农业部): where it matches, the longer
     * allowed text wins and nothing is reported.
     */
    ALLOWED;

    /** Whether the wording check reports this category. */
    boolean isWordingError() {
        return this == POLITICAL_EXPRESSION || this == OUTDATED_NAME || this == SENSITIVE;
    }

    /** Whether the linked-page judgement reads this category. */
    boolean isLinkedContent() {
        return this == GAMBLING || this == PORNOGRAPHY || this == REPORTING;
    }
}
