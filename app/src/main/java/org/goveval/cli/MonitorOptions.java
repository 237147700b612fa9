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
}
