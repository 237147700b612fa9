package org.goveval.monitor.links;

/** Where on a page a link was found; resources (images, scripts, stylesheets) are checked with HEAD first. */
public enum LinkType {
    ANCHOR,
    IMAGE,
    SCRIPT,
    STYLESHEET,
    FRAME,
    MEDIA,
    OTHER;

    /** Whether the target is a resource rather than a page. */
    public boolean isResource() {
        return this == IMAGE || this == SCRIPT || this == STYLESHEET || this == MEDIA;
    }
}
