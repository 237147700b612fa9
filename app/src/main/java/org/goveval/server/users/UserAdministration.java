package org.goveval.server.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.goveval.server.audit.AuditLog;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.security.OneTimePasswords;
import org.goveval.server.security.Role;
import org.goveval.server.security.UserAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to users: create one, reset a password, change the role, disable, enable. Passwords come from {@link
 * OneTimePasswords} and must be changed at the user's next login. Each change is audited with the acting admin;
 * the audit values name the role, the marks and the target, never a password or a hash.
 */
@Service
public class UserAdministration {
    /** The result of a create: the user and its one-time password, or every problem (message keys). */
    public sealed interface Created {}

    public record Done(IssuedPassword issued) implements Created {}

    public record Refused(List<String> problems) implements Created {}

    /** Why a disable or a role change was refused, or that it was done. */
    public enum Change {
        DONE,
        /**
         * An admin disabling or demoting their own account would lock themself out mid-session, and could leave
         * nobody to undo it.
         */
        SELF,
        /** With no enabled admin left nobody could create, reset, enable or promote a user again. */
        LAST_ADMIN
    }

    private final UserAccounts users;
    private final Campaigns campaigns;
    private final OneTimePasswords passwords;
    private final AuditLog audit;

    public UserAdministration(UserAccounts users, Campaigns campaigns, OneTimePasswords passwords, AuditLog audit) {
        this.users = users;
        this.campaigns = campaigns;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    public Created create(String actor, NewUser user) {
        List<String> problems = new ArrayList<>(user.problems());
        if (user.targetId() != null && campaigns.target(user.targetId()).isEmpty()) {
            problems.add("users.problem.target");
        }
        if (problems.isEmpty() && users.account(user.username()).isPresent()) {
            problems.add("users.problem.taken");
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        String password = passwords.next();
        // a name taken meanwhile by another admin fails the insert: DuplicateKeyException, the caller's to show
        users.create(user.username(), password, user.role(), user.displayName(), true, user.targetId());
        audit.record(actor, "user", user.username(), "create", null, describe(user.username()));
        return new Done(new IssuedPassword(user.username(), password));
    }

    /** A new one-time password for the user, who must change it at the next page they open. */
    @Transactional
    public Optional<IssuedPassword> resetPassword(String actor, long id) {
        return users.account(id).map(account -> {
            String before = describe(account);
            String password = passwords.next();
            users.setPassword(account.username(), password, true);
            audit.record(actor, "user", account.username(), "password-reset", before, describe(account.username()));
            return new IssuedPassword(account.username(), password);
        });
    }

    /** Disables the user (empty for an unknown id); refused for oneself and for the last enabled admin. */
    @Transactional
    public Optional<Change> disable(String actor, long id) {
        return users.account(id).map(account -> {
            if (account.username().equals(actor)) {
                return Change.SELF;
            }
            if (account.disabled()) {
                return Change.DONE;
            }
            if (!users.disableUnlessLastAdmin(account.username())) {
                return Change.LAST_ADMIN;
            }
            audit.record(actor, "user", account.username(), "disable", describe(account), describe(account.username()));
            return Change.DONE;
        });
    }

    /** Gives the user another role (empty for an unknown id); refused for oneself and for the last admin. */
    @Transactional
    public Optional<Change> changeRole(String actor, long id, Role role) {
        return users.account(id).map(account -> {
            if (account.username().equals(actor)) {
                return Change.SELF;
            }
            if (account.role() == role) {
                return Change.DONE;
            }
            if (!users.changeRoleUnlessLastAdmin(account.username(), role)) {
                return Change.LAST_ADMIN;
            }
            audit.record(actor, "user", account.username(), "role", describe(account), describe(account.username()));
            return Change.DONE;
        });
    }

    /** Enables the user again; false for an unknown id. */
    @Transactional
    public boolean enable(String actor, long id) {
        Optional<UserAccounts.Account> found = users.account(id);
        found.filter(UserAccounts.Account::disabled).ifPresent(account -> {
            users.enable(account.username());
            audit.record(actor, "user", account.username(), "enable", describe(account), describe(account.username()));
        });
        return found.isPresent();
    }

    private String describe(String username) {
        return describe(users.account(username).orElseThrow());
    }

    /** What the audit keeps of a user: everything the admin pages change, nothing secret. */
    private static String describe(UserAccounts.Account account) {
        return "role=" + account.role() + ";displayName=" + account.displayName() + ";mustChangePassword="
                + account.mustChangePassword() + ";disabled=" + account.disabled() + ";target="
                + (account.targetId() == null ? "" : account.targetId());
    }
}
