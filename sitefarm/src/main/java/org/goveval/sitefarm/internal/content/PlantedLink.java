package org.goveval.sitefarm.internal.content;

import java.util.Objects;

/** A link added to a page by a defect or a special page, and where it goes. */
public record PlantedLink(Slot slot, Link link) {
    public PlantedLink {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(link, "link");
    }
}
