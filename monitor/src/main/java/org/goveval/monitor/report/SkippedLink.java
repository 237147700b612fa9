package org.goveval.monitor.report;

import java.util.List;
import java.util.Objects;

/**
 * A link the scan did not judge as broken or working: robots.txt disallows it, or it points to a private
 * address the monitor refuses to contact.
 */
public record SkippedLink(String url, String reason, List<String> sourcePages) {
    public SkippedLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(reason, "reason");
        sourcePages = List.copyOf(sourcePages);
    }
}
