package org.goveval.sitefarm.internal.routes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the route for a path: exact paths first, then patterns in order, else the site's fallback (its
 * not-found answer). Queries never take part.
 */
public final class Router {
    private final Map<String, Route> exact;
    private final List<PatternRoute> patterns;
    private final Route fallback;

    /** A route for every path that matches. */
    public record PatternRoute(Predicate<String> matches, Route route) {
        public PatternRoute {
            Objects.requireNonNull(matches, "matches");
            Objects.requireNonNull(route, "route");
        }
    }

    public Router(Map<String, Route> exact, List<PatternRoute> patterns, Route fallback) {
        this.exact = Map.copyOf(exact);
        this.patterns = List.copyOf(patterns);
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The route planned for the raw path, if any. */
    public Optional<Route> find(String rawPath) {
        Route route = exact.get(rawPath);
        if (route != null) {
            return Optional.of(route);
        }
        return patterns.stream()
                .filter(pattern -> pattern.matches().test(rawPath))
                .map(PatternRoute::route)
                .findFirst();
    }

    public Route route(String rawPath) {
        return find(rawPath).orElse(fallback);
    }

    public Route fallback() {
        return fallback;
    }
}
