package org.goveval.monitor.content.network;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts any server certificate and remembers the chain, so that a probe can report on a certificate a browser
 * would refuse (expired, wrong name, unknown issuer). It is only used for probes that send nothing but a GET of
 * a public page. An extended trust manager, so that the JDK does not wrap it with checks of its own.
 */
final class CapturingTrust extends X509ExtendedTrustManager {
    private volatile List<X509Certificate> chain = List.of();

    /** A TLS context for one connection that trusts anything and records what it was shown. */
    static SSLContext context(CapturingTrust trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK offers a TLS context", e);
        }
    }

    /** The chain the server presented, leaf first; empty before the handshake. */
    List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType) {
        chain = List.of(presented);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket) {
        chain = List.of(presented);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
        chain = List.of(presented);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType) {
        throw new UnsupportedOperationException("a probe is never a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket) {
        throw new UnsupportedOperationException("a probe is never a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
        throw new UnsupportedOperationException("a probe is never a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
