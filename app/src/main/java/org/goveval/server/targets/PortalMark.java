package org.goveval.server.targets;

import java.util.Locale;
import java.util.Optional;

/** The 门户 column's words: 是/否, yes/no, true/false (any case); an export writes 是 and 否. */
final class PortalMark {
    static final String YES = "是";
    static final String NO = "否";

    private PortalMark() {}

    static Optional<Boolean> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case YES, "yes", "true" -> Optional.of(true);
            case NO, "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static String of(boolean portal) {
        return portal ? YES : NO;
    }
}
