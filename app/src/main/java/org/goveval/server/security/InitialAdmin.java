package org.goveval.server.security;

import java.util.Optional;
import org.goveval.server.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no user at all), creates the {@code admin} account with a random one-time password and
 * hands it to the start-up banner. The password lives only in this process's memory and the admin's terminal,
 * and the admin must replace it at the first login ({@link AccountStateFilter}).
 */
@Component
public class InitialAdmin {
    public static final String USERNAME = "admin";

    private final UserAccounts users;
    private final AuditLog audit;
    private final OneTimePasswords passwords;
    private @Nullable String password;

    public InitialAdmin(UserAccounts users, AuditLog audit, OneTimePasswords passwords) {
        this.users = users;
        this.audit = audit;
        this.passwords = passwords;
    }

    /** Creates the admin when there is no user yet; returns its password only then. */
    @Transactional
    public synchronized Optional<String> createIfNoUser() {
        if (users.count() > 0) {
            return Optional.empty();
        }
        password = passwords.next();
        users.create(USERNAME, password, Role.ADMIN, "系统管理员", true);
        audit.record("system", "user", USERNAME, "create", null, "role=ADMIN");
        return Optional.of(password);
    }

    /** The one-time password created by this process, if it created one (for the banner and tests). */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }
}
