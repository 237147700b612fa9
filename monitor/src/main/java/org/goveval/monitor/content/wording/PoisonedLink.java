package org.goveval.monitor.content.wording;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.Evidence;

/**
 * An external link whose target now serves gambling or pornographic content.
 *
 * @param url the link's target
 * @param category {@code GAMBLING} or {@code PORNOGRAPHY}
 * @param sourcePages the site's pages linking to it, sorted
 * @param evidence the target page as fetched
 * @param terms the distinct dictionary terms of the category the target page shows, sorted
 */
public record PoisonedLink(
        String url, String category, List<String> sourcePages, Evidence evidence, List<String> terms) {
    public PoisonedLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(category, "category");
        sourcePages = List.copyOf(sourcePages);
        Objects.requireNonNull(evidence, "evidence");
        terms = List.copyOf(terms);
    }

    /** A poisoned link without the dictionary terms that gave it away. */
    public PoisonedLink(String url, String category, List<String> sourcePages, Evidence evidence) {
        this(url, category, sourcePages, evidence, List.of());
    }
}
