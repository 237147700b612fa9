package org.goveval.server.users;

/** A one-time password just given to a user: shown on one page, once, and never stored in clear. */
public record IssuedPassword(String username, String password) {}
