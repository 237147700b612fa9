package org.goveval.monitor.content.network;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The certificate the https home page presented, judged at the scan's time.
 *
 * @param subject the leaf's subject, RFC 2253 (untrusted text)
 * @param issuer the leaf's issuer, RFC 2253 (untrusted text)
 * @param names the leaf's subject alternative names (DNS names and IP addresses), in certificate order
 * @param notBefore start of validity, ISO-8601 instant
 * @param notAfter end of validity, ISO-8601 instant
 * @param daysLeft whole days from the scan to {@code notAfter}, rounded towards zero; negative once expired
 * @param expired the scan's time lies outside the validity period (after it, or before it starts)
 * @param trusted the presented chain leads to an authority of the trust store (validity dates aside: judged at
 *     a time inside the leaf's validity, so that an expired certificate is reported as expired, not also as
 *     untrusted); revocation is not checked
 * @param hostnameMatch the site's host name matches one of {@code names} (RFC 6125: a wildcard stands for one
 *     whole left-most label; the subject's CN is not used when names are present, as browsers do)
 * @param trustProblem why the chain is not trusted, as the validator said; null when trusted
 */
public record ServerCertificate(
        String subject,
        String issuer,
        List<String> names,
        String notBefore,
        String notAfter,
        int daysLeft,
        boolean expired,
        boolean trusted,
        boolean hostnameMatch,
        @Nullable String trustProblem) {
    public ServerCertificate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        names = List.copyOf(names);
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    /** Trusted, inside its validity and naming the host: what a browser accepts without a warning. */
    public boolean valid() {
        return trusted && !expired && hostnameMatch;
    }
}
