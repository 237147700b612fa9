package org.goveval.sitefarm.internal.content;

/** The element a reference is written in. */
public enum LinkTag {
    /** {@code <a href>}: the only kind a crawler follows to find pages. */
    A,
    /** {@code <img src>}. */
    IMG,
    /** {@code <link rel="stylesheet" href>}. */
    STYLESHEET,
    /** {@code <script src>}. */
    SCRIPT
}
