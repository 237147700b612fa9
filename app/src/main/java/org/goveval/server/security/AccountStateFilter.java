package org.goveval.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the account's state, as stored now, to every request of a signed-in user: a user an admin disabled,
 * or gave another role, is signed out at the next request (not only at the next login), and a user who must
 * change the password (a one-time password from the first start, or from an admin's create or reset) gets only
 * the password page, logout and static files until they have; other pages redirect to {@link #PASSWORD_PAGE},
 * the API answers 403.
 *
 * <p>The state is read from the database on each request rather than kept in the session, so an admin's
 * change takes effect at once in sessions that are already open; it is one look-up by a unique key. A signed-in
 * name with no row (only the tests' made-up users) is let through unchanged.
 */
public final class AccountStateFilter extends OncePerRequestFilter {
    /** Where a user changes their own password. */
    public static final String PASSWORD_PAGE = "/account/password";

    /** What a user who must change the password may still reach. */
    private static final List<String> ALLOWED_PREFIXES = List.of("/css/", "/webjars/");

    private static final List<String> ALLOWED_PATHS =
            List.of(PASSWORD_PAGE, "/logout", "/login", "/error", "/favicon.ico", "/robots.txt");

    private final UserAccounts users;

    AccountStateFilter(UserAccounts users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Authentication> auth = signedIn();
        Optional<UserAccounts.Account> account =
                auth.map(Authentication::getName).flatMap(users::account);
        if (account.isPresent() && account.get().disabled()) {
            signOut(request);
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return;
        }
        // the session's role is the one it logged in with: after an admin changed it, log in again with the new
        if (account.isPresent() && !hasRole(auth.orElseThrow(), account.get().role())) {
            signOut(request);
            response.sendRedirect(request.getContextPath() + "/login?roleChanged");
            return;
        }
        if (account.isPresent() && account.get().mustChangePassword() && !allowed(path(request))) {
            if (path(request).startsWith("/api/")) {
                response.sendError(HttpStatus.FORBIDDEN.value(), "the password must be changed first");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<Authentication> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }

    private static boolean hasRole(Authentication auth, Role role) {
        return auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static boolean allowed(String path) {
        return ALLOWED_PATHS.contains(path) || ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
