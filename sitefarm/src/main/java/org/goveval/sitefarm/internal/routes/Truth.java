package org.goveval.sitefarm.internal.routes;

import java.util.Objects;
import java.util.Optional;
import org.goveval.sitefarm.manifest.LinkKind;
import org.jspecify.annotations.Nullable;

/** What a URL is, as the manifest records it. Every route declares its truth next to its behaviour. */
public sealed interface Truth {

    /**
     * A real HTML page: it belongs in the manifest's pages and a crawl continues through its links.
     *
     * @param notBrokenWhy set when the page is reached in a way a careless scanner reports (slow, HEAD refused,
     *     429 once): links to it are then listed as not broken too
     */
    record Page(String title, Optional<String> notBrokenWhy) implements Truth {
        public Page {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(notBrokenWhy, "notBrokenWhy");
        }
    }

    /** A working stylesheet, script, image or robots.txt: nothing to record. */
    record Asset() implements Truth {}

    /** A working resource a careless scanner might report: listed as not broken. */
    record Fine(String why) implements Truth {}

    /** A permanent redirect to a real page of the same site: listed as not broken. */
    record Moved(String location, String why) implements Truth {}

    /** A broken, blocked or throttled link, as {@link LinkKind} and the status it answers. */
    record Broken(LinkKind kind, @Nullable Integer status) implements Truth {
        public Broken {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A crawler trap: its URLs are endless and none is a page. */
    record Trap() implements Truth {}
}
