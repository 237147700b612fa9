package org.goveval.monitor.content.network;

import java.util.List;
import java.util.Locale;

/**
 * Whether a certificate's names cover a host (RFC 6125 §6.4): an exact match, case-insensitive, or a wildcard
 * {@code *.example.gov.cn} standing for exactly one whole left-most label. A wildcard never matches a bare
 * domain ({@code example.gov.cn}), two labels ({@code a.b.example.gov.cn}) or a name with fewer than three
 * labels ({@code *.cn}). IP literals match IP-address entries only.
 */
final class HostnameMatch {
    private HostnameMatch() {}

    /**
     * @param host the URL's host, an IPv6 literal with or without brackets
     * @param names the certificate's subject alternative names as text (DNS names and IP addresses)
     */
    static boolean matches(String host, List<String> names) {
        String wanted = normalise(host);
        boolean literal = wanted.contains(":") || wanted.matches("[0-9.]+");
        for (String name : names) {
            String candidate = normalise(name);
            if (candidate.equals(wanted)) {
                return true;
            }
            if (!literal && wildcardMatches(candidate, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wildcardMatches(String pattern, String host) {
        if (!pattern.startsWith("*.")) {
            return false;
        }
        String suffix = pattern.substring(1); // ".example.gov.cn"
        if (suffix.chars().filter(c -> c == '.').count() < 2) {
            return false;
        }
        if (!host.endsWith(suffix)) {
            return false;
        }
        String label = host.substring(0, host.length() - suffix.length());
        return !label.isEmpty() && !label.contains(".");
    }

    private static String normalise(String name) {
        String text = name.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
