package org.goveval.sitefarm.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A server's key and certificate chain (leaf first, then the root that signed it).
 *
 * @param key the leaf's private key
 * @param chain the leaf, then its issuer
 */
public record ServerIdentity(PrivateKey key, List<X509Certificate> chain) {
    private static final char[] PASSWORD = "farm".toCharArray();

    public ServerIdentity {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("chain cannot be empty");
        }
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    /** A TLS context that presents this identity, for an {@code HttpsServer} or an {@code SSLServerSocket}. */
    public SSLContext serverContext() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, PASSWORD, chain.toArray(Certificate[]::new));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a server TLS context", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build a server TLS context", e);
        }
    }
}
