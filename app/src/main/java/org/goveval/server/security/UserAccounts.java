package org.goveval.server.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The users in table {@code app_user}; passwords are stored as bcrypt hashes only. */
@Service
public class UserAccounts implements UserDetailsService {
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, String role) {}
        Row row = jdbc.sql("select username, password_hash, role from app_user where username = :u")
                .param("u", username)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .roles(row.role())
                .build();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public Optional<Role> role(String username) {
        return jdbc.sql("select role from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .optional()
                .map(Role::valueOf);
    }

    /** Creates a user; the password is hashed here and never stored or logged in clear. */
    public void create(String username, String password, Role role, String displayName, boolean mustChange) {
        jdbc.sql("insert into app_user (username, password_hash, role, display_name, must_change_password, created_at)"
                        + " values (:u, :h, :r, :d, :m, :t)")
                .param("u", username)
                .param("h", encoder.encode(password))
                .param("r", role.name())
                .param("d", displayName)
                .param("m", mustChange)
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
