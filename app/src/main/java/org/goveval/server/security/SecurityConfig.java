package org.goveval.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may see what: public pages (home, published results, robots.txt, static files, health, the API's
 * OpenAPI description) are open; everything else needs a login and is denied unless a rule below allows it.
 * CSRF protection stays on. Without a login the pages redirect to the login form and the API answers 401.
 */
@Configuration
public class SecurityConfig {
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, LoginThrottle throttle, UserAccounts users) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        // robots.txt must stay open: a 401 there makes polite crawlers skip the whole site
                        .requestMatchers("/", "/robots.txt", "/login", "/error", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/css/**", "/webjars/**")
                        .permitAll()
                        .requestMatchers("/results", "/results/**", "/api/results/**")
                        .permitAll()
                        // the API's description and its browser: they describe, and need no data behind the login
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(AccountStateFilter.PASSWORD_PAGE)
                        .authenticated()
                        .requestMatchers("/users", "/users/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                "/campaigns/*/targets/import", "/campaigns/*/targets.csv", "/campaigns/*/targets.xlsx")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/campaigns/*/state")
                        .hasRole(Role.ADMIN.name())
                        // creating and editing campaigns and targets (the forms and what they post)
                        .requestMatchers(
                                "/campaigns/new", "/campaigns/*/edit", "/campaigns/*/targets/new", "/targets/*/edit")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                HttpMethod.POST,
                                "/campaigns",
                                "/campaigns/*",
                                "/campaigns/*/targets",
                                "/targets/*",
                                "/targets/*/delete")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/campaigns/*/scans", "/websites/*/scans")
                        .hasAnyRole(Role.ADMIN.name(), Role.EVALUATOR.name())
                        .requestMatchers(
                                "/campaigns/**",
                                "/targets/**",
                                "/api/campaigns",
                                "/api/campaigns/**",
                                "/api/websites/**",
                                "/scans/*/evidence/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.EVALUATOR.name(), Role.EXPERT.name())
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LoginSuccessHandler(users))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // an API client wants a status, not the login form's HTML; everyone else goes to the form
                .exceptionHandling(e -> e.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.pathPattern("/api/**"))
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .build()))
                .addFilterBefore(new ThrottledLoginFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                // before the role checks, so a disabled user's open session ends whatever the page
                .addFilterBefore(new AccountStateFilter(users), AuthorizationFilter.class);
        return http.build();
    }
}
