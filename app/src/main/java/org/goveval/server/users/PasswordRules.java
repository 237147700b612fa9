package org.goveval.server.users;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules a password a user chooses must meet. Length, not composition: following NIST SP 800-63B (5.1.1.2),
 * a long password is what resists guessing, while rules such as "a digit and a capital" only push people to
 * predictable patterns (Password1!); so no class of character is required, and any character is allowed.
 */
final class PasswordRules {
    /** NIST asks for at least 8; 10 since these accounts set scores that get published. */
    static final int MIN_LENGTH = 10;

    /** bcrypt reads only the first 72 bytes of a password (Spring Security refuses longer ones outright). */
    static final int MAX_BYTES = 72;

    private PasswordRules() {}

    /**
     * Every rule the new password breaks, in the order the form lists them; empty when it may be used. Whether
     * {@code current} is really the user's password is the caller's check (it needs the stored hash).
     */
    static List<PasswordProblem> check(String username, String current, String chosen, String repeated) {
        List<PasswordProblem> problems = new ArrayList<>();
        if (!chosen.equals(repeated)) {
            problems.add(PasswordProblem.MISMATCH);
        }
        if (chosen.codePointCount(0, chosen.length()) < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (chosen.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        // the user name is the first thing a guesser tries, in any case
        if (chosen.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.SAME_AS_USERNAME);
        }
        if (chosen.equals(current)) {
            problems.add(PasswordProblem.SAME_AS_CURRENT);
        }
        return problems;
    }
}
