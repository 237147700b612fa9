package org.goveval.monitor.content.network;

import org.jspecify.annotations.Nullable;

/**
 * Which TLS versions the https server accepts, each tried on its own connection. TLS 1.0 and 1.1 are obsolete
 * (RFC 8996) and should be refused; TLS 1.2 or 1.3 must be offered.
 *
 * @param tls10 a TLS 1.0 ClientHello is answered with a TLS 1.0 ServerHello; null when not tried
 * @param tls11 the same for TLS 1.1
 * @param tls12 a handshake limited to TLS 1.2 completes
 * @param tls13 a handshake limited to TLS 1.3 completes
 */
public record TlsVersions(
        @Nullable Boolean tls10,
        @Nullable Boolean tls11,
        @Nullable Boolean tls12,
        @Nullable Boolean tls13) {}
