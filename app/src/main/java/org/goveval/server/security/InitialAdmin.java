package org.goveval.server.security;

import java.security.SecureRandom;
import java.util.Optional;
import org.goveval.server.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no user at all), creates the {@code admin} account with a random one-time password and
 * hands it to the start-up banner. The password lives only in this process's memory and the admin's terminal.
 */
@Component
public class InitialAdmin {
    public static final String USERNAME = "admin";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts users;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private @Nullable String password;

    public InitialAdmin(UserAccounts users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /** Creates the admin when there is no user yet; returns its password only then. */
    @Transactional
    public synchronized Optional<String> createIfNoUser() {
        if (users.count() > 0) {
            return Optional.empty();
        }
        StringBuilder generated = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        password = generated.toString();
        users.create(USERNAME, password, Role.ADMIN, "系统管理员", true);
        audit.record("system", "user", USERNAME, "create", null, "role=ADMIN");
        return Optional.of(password);
    }

    /** The one-time password created by this process, if it created one (for the banner and tests). */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }
}
