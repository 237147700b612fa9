package org.goveval.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may see what: public pages (home, published results, robots.txt, static files, health) are open;
 * everything else needs a login and is denied unless a rule below allows it. CSRF protection stays on.
 */
@Configuration
public class SecurityConfig {
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        // robots.txt must stay open: a 401 there makes polite crawlers skip the whole site
                        .requestMatchers("/", "/robots.txt", "/login", "/error", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/css/**", "/webjars/**")
                        .permitAll()
                        .requestMatchers("/results", "/results/**", "/api/results/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                "/campaigns/*/targets/import", "/campaigns/*/targets.csv", "/campaigns/*/targets.xlsx")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/campaigns/*/scans", "/websites/*/scans")
                        .hasAnyRole(Role.ADMIN.name(), Role.EVALUATOR.name())
                        .requestMatchers("/campaigns/**", "/targets/**", "/api/campaigns/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.EVALUATOR.name(), Role.EXPERT.name())
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/campaigns", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .addFilterBefore(new ThrottledLoginFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
