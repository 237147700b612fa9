package org.goveval.monitor.fetch;

/** The HTTP methods the monitor uses. */
public enum Method {
    GET,
    HEAD
}
