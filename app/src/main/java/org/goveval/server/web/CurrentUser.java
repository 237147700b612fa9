package org.goveval.server.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user's name and whether they may start scans or administer campaigns. */
@ControllerAdvice
public class CurrentUser {
    @ModelAttribute("currentUser")
    @Nullable
    String currentUser(@Nullable Principal principal) {
        return principal == null ? null : principal.getName();
    }

    /** Whether the user may change campaigns and their targets (import, export). */
    @ModelAttribute("canAdmin")
    boolean canAdmin(@Nullable Principal principal) {
        return principal instanceof Authentication auth
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_ADMIN"));
    }

    @ModelAttribute("canScan")
    boolean canScan(@Nullable Principal principal) {
        return principal instanceof Authentication auth
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_EVALUATOR"));
    }
}
