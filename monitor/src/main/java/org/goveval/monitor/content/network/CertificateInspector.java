package org.goveval.monitor.content.network;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Judges a presented chain at a chosen time: validity dates, trust (a PKIX path from the leaf to an authority,
 * built from the certificates the server sent), and the host name. Revocation (OCSP, CRL) is not checked: it
 * would send requests to the certificate authorities.
 */
final class CertificateInspector {
    private static final int DNS_NAME = 2;
    private static final int IP_ADDRESS = 7;

    private CertificateInspector() {}

    /**
     * @param chain the chain as presented, leaf first; not empty
     * @param host the URL's host
     */
    static ServerCertificate inspect(List<X509Certificate> chain, String host, Instant now, Set<TrustAnchor> anchors) {
        X509Certificate leaf = chain.get(0);
        Instant notBefore = leaf.getNotBefore().toInstant();
        Instant notAfter = leaf.getNotAfter().toInstant();
        boolean expired = now.isAfter(notAfter) || now.isBefore(notBefore);
        int daysLeft = (int) Duration.between(now, notAfter).toDays();
        Instant judged = now.isBefore(notBefore) ? notBefore : now.isAfter(notAfter) ? notAfter : now;
        String problem = trustProblem(chain, judged, anchors);
        List<String> names = names(leaf);
        return new ServerCertificate(
                leaf.getSubjectX500Principal().getName(),
                leaf.getIssuerX500Principal().getName(),
                names,
                notBefore.toString(),
                notAfter.toString(),
                daysLeft,
                expired,
                problem == null,
                HostnameMatch.matches(host, names),
                problem);
    }

    /** Why no path leads from the leaf to an anchor at {@code at}; null when one does. */
    private static @Nullable String trustProblem(List<X509Certificate> chain, Instant at, Set<TrustAnchor> anchors) {
        if (anchors.isEmpty()) {
            return "the trust store holds no certificate authority";
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(chain.get(0));
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return null;
        } catch (CertPathBuilderException e) {
            return e.getMessage() == null ? "no trusted path" : e.getMessage();
        } catch (InvalidAlgorithmParameterException e) {
            return "cannot validate: " + e.getMessage();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK offers PKIX path building", e);
        }
    }

    /** The subject alternative names: DNS names and IP addresses, in certificate order. */
    static List<String> names(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            if (entries == null) {
                return names;
            }
            for (List<?> entry : entries) {
                int type = (Integer) entry.get(0);
                if (type == DNS_NAME || type == IP_ADDRESS) {
                    names.add(entry.get(1).toString());
                }
            }
        } catch (CertificateParsingException e) {
            // an unreadable extension names nothing
        }
        return names;
    }
}
