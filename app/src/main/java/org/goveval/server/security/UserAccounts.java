package org.goveval.server.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users in table {@code app_user}; passwords are stored as bcrypt hashes only, and no method returns a
 * hash. Changes here are not audited: the callers (pages, {@link InitialAdmin}) audit them with their actor.
 */
@Service
public class UserAccounts implements UserDetailsService {
    /** One user as the admin pages show it: never with its password hash. */
    public record Account(
            long id,
            String username,
            String displayName,
            Role role,
            boolean mustChangePassword,
            boolean disabled,
            OffsetDateTime createdAt,
            @Nullable Long targetId) {}

    private static final String ACCOUNT_COLUMNS =
            "id, username, display_name, role, must_change_password, disabled, created_at, target_id";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * The login's view of a user. A disabled user is loaded as disabled, so Spring Security refuses the login
     * with the same "wrong user name or password" message: the form does not tell a guesser which names exist.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, String role, boolean disabled) {}
        Row row = jdbc.sql("select username, password_hash, role, disabled from app_user where username = :u")
                .param("u", username)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .roles(row.role())
                .disabled(row.disabled())
                .build();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public Optional<Role> role(String username) {
        return account(username).map(Account::role);
    }

    public Optional<Account> account(String username) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from app_user where username = :u")
                .param("u", username)
                .query(Account.class)
                .optional();
    }

    public Optional<Account> account(long id) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from app_user where id = :id")
                .param("id", id)
                .query(Account.class)
                .optional();
    }

    /** Every user, by user name. */
    public List<Account> accounts() {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from app_user order by username")
                .query(Account.class)
                .list();
    }

    /** Creates a user; the password is hashed here and never stored or logged in clear. */
    public void create(String username, String password, Role role, String displayName, boolean mustChange) {
        create(username, password, role, displayName, mustChange, null);
    }

    /** Creates a user bound to a target (a UNIT user's own unit) or to none. */
    public void create(
            String username,
            String password,
            Role role,
            String displayName,
            boolean mustChange,
            @Nullable Long targetId) {
        jdbc.sql("insert into app_user (username, password_hash, role, display_name, must_change_password, created_at,"
                        + " disabled, target_id) values (:u, :h, :r, :d, :m, :t, false, :target)")
                .param("u", username)
                .param("h", encoder.encode(password))
                .param("r", role.name())
                .param("d", displayName)
                .param("m", mustChange)
                .param("t", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .param("target", targetId)
                .update();
    }

    /** Whether this is the user's current password (false for an unknown user). */
    public boolean passwordMatches(String username, String password) {
        return jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .optional()
                .map(hash -> encoder.matches(password, hash))
                .orElse(false);
    }

    /** Replaces the password; {@code mustChange} makes the user choose a new one at the next page they open. */
    public void setPassword(String username, String password, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = :h, must_change_password = :m where username = :u")
                .param("h", encoder.encode(password))
                .param("m", mustChange)
                .param("u", username)
                .update();
    }

    /**
     * Disables a user unless it is the last enabled admin, and tells which. The enabled admins' rows are
     * locked first, so two admins disabling each other at the same moment cannot both succeed and leave
     * nobody able to administer users.
     */
    @Transactional
    public boolean disableUnlessLastAdmin(String username) {
        List<String> admins = jdbc.sql("select username from app_user where role = :r and not disabled for update")
                .param("r", Role.ADMIN.name())
                .query(String.class)
                .list();
        if (admins.size() <= 1 && admins.contains(username)) {
            return false;
        }
        jdbc.sql("update app_user set disabled = true where username = :u")
                .param("u", username)
                .update();
        return true;
    }

    /**
     * Gives the user another role unless that would leave no enabled admin, and tells which; a user who is no
     * longer a unit loses its target. Locks the enabled admins' rows as {@link #disableUnlessLastAdmin} does.
     */
    @Transactional
    public boolean changeRoleUnlessLastAdmin(String username, Role role) {
        List<String> admins = jdbc.sql("select username from app_user where role = :r and not disabled for update")
                .param("r", Role.ADMIN.name())
                .query(String.class)
                .list();
        if (role != Role.ADMIN && admins.size() <= 1 && admins.contains(username)) {
            return false;
        }
        String target = role == Role.UNIT ? "" : ", target_id = null";
        jdbc.sql("update app_user set role = :r" + target + " where username = :u")
                .param("r", role.name())
                .param("u", username)
                .update();
        return true;
    }

    public void enable(String username) {
        jdbc.sql("update app_user set disabled = false where username = :u")
                .param("u", username)
                .update();
    }
}
