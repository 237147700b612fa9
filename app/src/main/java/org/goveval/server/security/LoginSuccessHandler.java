package org.goveval.server.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a login: straight to the password page when the user must change the password (rather than to a page
 * {@link AccountStateFilter} would turn away), else back to the page first asked for, or the campaign list.
 */
final class LoginSuccessHandler implements AuthenticationSuccessHandler {
    private final UserAccounts users;
    private final SavedRequestAwareAuthenticationSuccessHandler usual =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginSuccessHandler(UserAccounts users) {
        this.users = users;
        usual.setDefaultTargetUrl("/campaigns");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        boolean mustChange = users.account(authentication.getName())
                .map(UserAccounts.Account::mustChangePassword)
                .orElse(false);
        if (mustChange) {
            response.sendRedirect(request.getContextPath() + AccountStateFilter.PASSWORD_PAGE);
        } else {
            usual.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
