package org.goveval.server.users;

/** Why a new password was refused; each has the message {@code password.problem.NAME} in both bundles. */
public enum PasswordProblem {
    WRONG_CURRENT,
    MISMATCH,
    TOO_SHORT,
    TOO_LONG,
    SAME_AS_USERNAME,
    SAME_AS_CURRENT
}
