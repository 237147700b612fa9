package org.goveval.server.users;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.goveval.server.campaign.Campaigns;
import org.goveval.server.security.Role;
import org.goveval.server.security.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' user pages (admins only, SecurityConfig): the list with the create form, and the actions on one
 * user. A new or reset one-time password is shown in the response to the post itself, never in a redirect,
 * a URL or the session, so it appears once; Spring Security's {@code Cache-Control: no-store} keeps the
 * browser from storing that page.
 */
@Controller
public class UserAdminController {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final UserAdministration administration;
    private final UserAccounts users;
    private final Campaigns campaigns;

    public UserAdminController(UserAdministration administration, UserAccounts users, Campaigns campaigns) {
        this.administration = administration;
        this.users = users;
        this.campaigns = campaigns;
    }

    @GetMapping("/users")
    String list(Model model) {
        return listPage(model, List.of(), null);
    }

    /** The one-time password page when created; else the list again with every problem, status 422. */
    @PostMapping("/users")
    String create(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) @Nullable Long targetId,
            Principal admin,
            Model model,
            HttpServletResponse response) {
        NewUser user = new NewUser(username, displayName, role, targetId);
        UserAdministration.Created created;
        try {
            created = administration.create(admin.getName(), user);
        } catch (DuplicateKeyException takenMeanwhile) {
            created = new UserAdministration.Refused(List.of("users.problem.taken"));
        }
        return switch (created) {
            case UserAdministration.Done done -> issued(model, done.issued(), "users.issued.created");
            case UserAdministration.Refused refused -> {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                yield listPage(model, refused.problems(), user);
            }
        };
    }

    @PostMapping("/users/{id}/password")
    String reset(@PathVariable long id, Principal admin, Model model) {
        IssuedPassword issued =
                administration.resetPassword(admin.getName(), id).orElseThrow(() -> noUser(id));
        return issued(model, issued, "users.issued.reset");
    }

    @PostMapping("/users/{id}/disable")
    String disable(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
        UserAdministration.Change outcome =
                administration.disable(admin.getName(), id).orElseThrow(() -> noUser(id));
        if (outcome != UserAdministration.Change.DONE) {
            redirect.addFlashAttribute("refused", "users.refused." + outcome);
        }
        return "redirect:/users";
    }

    @PostMapping("/users/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, Principal admin, RedirectAttributes redirect) {
        UserAdministration.Change outcome =
                administration.changeRole(admin.getName(), id, role).orElseThrow(() -> noUser(id));
        if (outcome != UserAdministration.Change.DONE) {
            redirect.addFlashAttribute("refused", "users.refused." + outcome);
        }
        return "redirect:/users";
    }

    @PostMapping("/users/{id}/enable")
    String enable(@PathVariable long id, Principal admin) {
        if (!administration.enable(admin.getName(), id)) {
            throw noUser(id);
        }
        return "redirect:/users";
    }

    private String listPage(Model model, List<String> problems, @Nullable NewUser form) {
        model.addAttribute("rows", users.accounts().stream().map(this::row).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("problems", problems);
        model.addAttribute("form", form == null ? new NewUser("", "", Role.EVALUATOR, null) : form);
        return "users";
    }

    /** A line of the list: the account, when it was created (Beijing time) and the name of its target, if any. */
    record Row(UserAccounts.Account account, String created, String targetName) {}

    private Row row(UserAccounts.Account account) {
        String target = account.targetId() == null
                ? ""
                : campaigns
                        .target(account.targetId())
                        .map(Campaigns.Target::name)
                        .orElse("");
        return new Row(account, CREATED.format(account.createdAt().atZoneSameInstant(BEIJING)), target);
    }

    private static String issued(Model model, IssuedPassword issued, String headingKey) {
        model.addAttribute("issued", issued);
        model.addAttribute("heading", headingKey);
        return "user-password";
    }

    private static ResponseStatusException noUser(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + id);
    }
}
