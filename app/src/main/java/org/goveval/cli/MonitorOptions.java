package org.goveval.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks of the monitor commands' arguments, with messages naming the argument. */
final class MonitorOptions {
    private MonitorOptions() {}

    /** An absolute http(s) URL; a bare host name gets http:// in front, as people type them. */
    static URI homepage(String text) {
        String value = text.strip();
        if (!value.contains("://")) {
            value = "http://" + value;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("URL: '" + text + "' is not an http or https URL with a host");
            }
            return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("URL: '" + text + "' is not a valid URL (" + e.getReason() + ")", e);
        }
    }

    /**
     * A User-Agent given with {@code --user-agent}: one line, and honest, which here means it gives a contact
     * URL (http:// or https://), as the default does, so that a webmaster who finds it in the logs can learn who
     * is visiting and why. A browser's string has none and is refused: goveval does not pretend to be a browser.
     */
    /** The settings with the User-Agent given with {@code --user-agent}, checked; unchanged without one. */
    static org.goveval.monitor.MonitorSettings withUserAgent(
            org.goveval.monitor.MonitorSettings settings, java.util.Optional<String> text) {
        return text.map(t -> settings.withFetch(settings.fetch().withUserAgent(userAgent(t))))
                .orElse(settings);
    }

    static String userAgent(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("--user-agent: cannot be empty");
        }
        if (value.contains("\r") || value.contains("\n")) {
            throw new IllegalArgumentException("--user-agent: must be one line");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && (c < 0x20 || c > 0x7E)) {
                // HTTP header values are ASCII in practice: the client refuses anything else on every request
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "--user-agent: '%c' (U+%04X) at position %d is not printable ASCII; a User-Agent is "
                                + "sent as ASCII (write Chinese names in pinyin or in the contact page)",
                        c,
                        (int) c,
                        i + 1));
            }
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.contains("http://") && !lower.contains("https://")) {
            throw new IllegalArgumentException("--user-agent: '" + value
                    + "' gives no contact URL; name the monitor and where to reach you, e.g. "
                    + "'cityscan/1.0 (+https://example.gov.cn/monitoring)'");
        }
        return value;
    }
}
