package org.goveval.sitefarm.manifest;

import java.util.List;
import java.util.Objects;

/**
 * What the wording, hidden-link and poisoned-link checks must report for a site, exactly; see {@link
 * ContentTruth}.
 *
 * @param errors every dictionary hit: one per term and page
 * @param hiddenLinks every hidden link to another host, one per target
 * @param poisonedLinks every link to a page serving gambling or pornography, one per target
 */
public record WordingTruth(List<Hit> errors, List<Hidden> hiddenLinks, List<Poisoned> poisonedLinks) {
    public WordingTruth {
        errors = List.copyOf(errors);
        hiddenLinks = List.copyOf(hiddenLinks);
        poisonedLinks = List.copyOf(poisonedLinks);
    }

    /** Nothing to find: for manifests in tests that do not look at this part. */
    public static WordingTruth empty() {
        return new WordingTruth(List.of(), List.of(), List.of());
    }

    /**
     * A dictionary term on a page.
     *
     * @param category {@code POLITICAL_EXPRESSION}, {@code OUTDATED_NAME} or {@code SENSITIVE}
     * @param suggestion the correct form; empty when the text must go
     */
    public record Hit(String page, String term, String category, String suggestion) {
        public Hit {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(suggestion, "suggestion");
        }
    }

    /**
     * A hidden link.
     *
     * @param how the way it is hidden, named as the monitor's report names it ({@code DISPLAY_NONE} …)
     * @param pages the pages hiding it, sorted
     */
    public record Hidden(String url, String how, List<String> pages) {
        public Hidden {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(how, "how");
            pages = List.copyOf(pages);
        }
    }

    /**
     * A link whose target serves gambling or pornography.
     *
     * @param category {@code GAMBLING} or {@code PORNOGRAPHY}
     * @param sourcePages the pages linking to it, sorted
     */
    public record Poisoned(String url, String category, List<String> sourcePages) {
        public Poisoned {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(category, "category");
            sourcePages = List.copyOf(sourcePages);
        }
    }
}
