package org.goveval.monitor.fetch;

/** Where the charset of a page came from, most authoritative first (the HTML standard's sniffing order). */
public enum CharsetSource {
    /** A byte order mark at the start of the body; browsers let it override the header. */
    BOM,
    /** The charset parameter of the Content-Type header. */
    HEADER,
    /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first 8 KiB. */
    META,
    /** Guessed from the bytes by juniversalchardet. */
    DETECTED,
    /** Nothing said or showed otherwise: UTF-8. */
    DEFAULT
}
