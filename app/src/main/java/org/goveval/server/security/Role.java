package org.goveval.server.security;

/** What a user may do; Spring Security sees each as {@code ROLE_<name>}. */
public enum Role {
    /** Sets up campaigns, targets, users; starts scans. */
    ADMIN,
    /** Scores what the machine cannot, with evidence; starts scans. */
    EVALUATOR,
    /** Scores innovation cases. */
    EXPERT,
    /** An evaluated unit: reads its own diagnosis, submits cases, appeals. */
    UNIT
}
