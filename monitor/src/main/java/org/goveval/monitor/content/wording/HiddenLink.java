package org.goveval.monitor.content.wording;

import java.util.List;
import java.util.Objects;
import org.goveval.monitor.content.Evidence;

/**
 * A link to another host that a visitor cannot see (暗链).
 *
 * @param url the link's target
 * @param how why it is invisible: {@code DISPLAY_NONE}, {@code VISIBILITY_HIDDEN}, {@code HIDDEN_ATTRIBUTE},
 *     {@code OPACITY_ZERO}, {@code ZERO_SIZE}, {@code OFF_SCREEN}, {@code TEXT_INDENT}, {@code FONT_SIZE_ZERO}
 *     or {@code SAME_COLOR}, as the first page listed shows it
 * @param evidence the first page listed carrying it (its snippet shows the hiding markup)
 * @param text the link's text on that page (untrusted)
 * @param pages the crawled pages hiding it, in URL order, at most {@code pagesPerFinding} of them
 * @param pageCount how many crawled pages hide it
 */
public record HiddenLink(String url, String how, Evidence evidence, String text, List<String> pages, int pageCount) {
    public HiddenLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(text, "text");
        pages = List.copyOf(pages);
    }

    /** A hidden link seen on the evidence's page only, with no anchor text. */
    public HiddenLink(String url, String how, Evidence evidence) {
        this(url, how, evidence, "", List.of(evidence.url()), 1);
    }
}
