package org.goveval.monitor.net;

import java.net.InetAddress;
import java.util.Objects;

/** The answer of {@link AddressPolicy#check}: the address to connect to, or why the URL is refused. */
public sealed interface Resolution {

    /** The URL may be fetched. */
    record Allowed(InetAddress address) implements Resolution {
        public Allowed {
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * The URL must not be fetched.
     *
     * @param detail a short explanation for the report, naming the host and the address or range
     */
    record Refused(Refusal reason, String detail) implements Resolution {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * Why a URL is refused. The fetcher maps these to its {@code FailureKind}s (INVALID_URL, DNS_FAILURE,
     * BLOCKED_ADDRESS); they are a separate enum so that {@code net} does not depend on {@code fetch}, which
     * depends on {@code net}.
     */
    enum Refusal {
        /** Not an absolute http or https URL with a host. */
        INVALID_URL,
        /** The host name does not resolve. */
        UNRESOLVED,
        /** The host is, or resolves to, a loopback, private, link-local, multicast or similar address. */
        BLOCKED
    }
}
