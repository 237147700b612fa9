package org.goveval.monitor.fetch;

/** The HTTP version a response came with: HTTP/2 is negotiated for https by ALPN, http stays on HTTP/1.1. */
public enum HttpVersion {
    HTTP_1_1,
    HTTP_2
}
