package org.goveval.sitefarm.manifest;

import java.util.Objects;

/**
 * A link that looks suspicious to a careless scanner but works: reporting it is a false report.
 *
 * @param url the absolute, normalised URL
 * @param why what makes it tricky and why it counts as working
 */
public record NotBrokenLink(String url, String why) {
    public NotBrokenLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(why, "why");
    }
}
