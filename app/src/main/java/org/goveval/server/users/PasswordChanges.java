package org.goveval.server.users;

import java.util.ArrayList;
import java.util.List;
import org.goveval.server.audit.AuditLog;
import org.goveval.server.security.UserAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user changes their own password: the current one must be right and the new one meet the rules. */
@Service
public class PasswordChanges {
    private final UserAccounts users;
    private final AuditLog audit;

    public PasswordChanges(UserAccounts users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /**
     * Changes the password and clears the must-change mark, or changes nothing and returns every problem.
     * The audit entry records only that the password changed and the mark's value, never a password or hash.
     */
    @Transactional
    public List<PasswordProblem> change(String username, String current, String chosen, String repeated) {
        List<PasswordProblem> problems = new ArrayList<>();
        if (!users.passwordMatches(username, current)) {
            problems.add(PasswordProblem.WRONG_CURRENT);
        }
        problems.addAll(PasswordRules.check(username, current, chosen, repeated));
        if (!problems.isEmpty()) {
            return problems;
        }
        boolean mustChangeBefore = users.account(username)
                .map(UserAccounts.Account::mustChangePassword)
                .orElseThrow(() -> new IllegalStateException("no user " + username));
        users.setPassword(username, chosen, false);
        audit.record(
                username,
                "user",
                username,
                "password-change",
                "mustChangePassword=" + mustChangeBefore,
                "mustChangePassword=false");
        return List.of();
    }
}
