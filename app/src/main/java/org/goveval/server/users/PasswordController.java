package org.goveval.server.users;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.goveval.server.security.AccountStateFilter;
import org.goveval.server.security.UserAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every signed-in user's own password page ({@value AccountStateFilter#PASSWORD_PAGE}). */
@Controller
public class PasswordController {
    private final PasswordChanges changes;
    private final UserAccounts users;

    public PasswordController(PasswordChanges changes, UserAccounts users) {
        this.changes = changes;
        this.users = users;
    }

    @GetMapping(AccountStateFilter.PASSWORD_PAGE)
    String form(Principal user, Model model) {
        model.addAttribute("problems", List.of());
        model.addAttribute("mustChange", mustChange(user));
        return "account-password";
    }

    /** Back to the page with "changed" when done; else the form again, every problem listed, status 422. */
    @PostMapping(AccountStateFilter.PASSWORD_PAGE)
    String change(
            @RequestParam String current,
            @RequestParam("password") String chosen,
            @RequestParam("repeat") String repeated,
            Principal user,
            Model model,
            HttpServletResponse response) {
        List<PasswordProblem> problems = changes.change(user.getName(), current, chosen, repeated);
        if (problems.isEmpty()) {
            return "redirect:" + AccountStateFilter.PASSWORD_PAGE + "?changed";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problems", problems);
        model.addAttribute("mustChange", mustChange(user));
        return "account-password";
    }

    private boolean mustChange(Principal user) {
        return users.account(user.getName())
                .map(UserAccounts.Account::mustChangePassword)
                .orElse(false);
    }
}
