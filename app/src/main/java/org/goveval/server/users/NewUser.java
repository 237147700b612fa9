package org.goveval.server.users;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.goveval.server.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A user an admin asks for: user name, display name, role and, for a UNIT user only, the target it stands for.
 * {@link #problems()} names every rule it breaks by its message key.
 */
public record NewUser(
        String username,
        String displayName,
        Role role,
        @Nullable Long targetId) {
    /**
     * Lower-case letters, digits, {@code .}, {@code -}, {@code _}; 3–100 characters (the column's width). One
     * case only, so that {@code Zhang} and {@code zhang} cannot be two people, and nothing a URL, a CSV or a
     * log line would need to escape.
     */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");

    static final int MAX_DISPLAY_NAME = 200;

    public NewUser {
        username = username.strip();
        displayName = displayName.strip();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("users.problem.username");
        }
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
            problems.add("users.problem.displayName");
        }
        if (targetId != null && role != Role.UNIT) {
            problems.add("users.problem.targetNotUnit");
        }
        return problems;
    }
}
