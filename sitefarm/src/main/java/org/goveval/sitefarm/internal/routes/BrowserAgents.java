package org.goveval.sitefarm.internal.routes;

import java.util.List;
import java.util.Locale;

/** Tells a browser's User-Agent from a robot's, the crude way sites that block robots do it. */
public final class BrowserAgents {
    private static final List<String> ENGINES = List.of("chrome/", "firefox/", "safari/", "edg/");
    private static final List<String> ROBOTS = List.of("bot", "spider", "crawl", "compatible;");

    private BrowserAgents() {}

    /**
     * Whether the User-Agent is a browser's: it starts with {@code Mozilla/5.0 (}, names a browser engine
     * (Chrome/, Firefox/, Safari/, Edg/) and contains none of bot, spider, crawl, {@code compatible;}
     * (case-insensitive).
     */
    public static boolean isBrowser(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return ua.startsWith("mozilla/5.0 (")
                && ENGINES.stream().anyMatch(ua::contains)
                && ROBOTS.stream().noneMatch(ua::contains);
    }
}
