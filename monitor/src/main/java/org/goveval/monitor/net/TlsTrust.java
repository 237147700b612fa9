package org.goveval.monitor.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The certificate authorities the monitor trusts for https, in the crawl and in the network check: the JDK's
 * own ({@code cacerts}, or the {@code javax.net.ssl.trustStore} the JVM was started with) by default, or a
 * trust store of one's own (an intranet CA; the tests' CA). Immutable and thread-safe.
 */
public final class TlsTrust {
    private final String description;
    private final X509TrustManager manager;
    private final SSLContext context;

    private TlsTrust(String description, @Nullable KeyStore store) {
        this.description = description;
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            this.manager = Arrays.stream(factory.getTrustManagers())
                    .filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the JDK offers no X509TrustManager"));
            this.context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {manager}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the trust store " + description + ": " + e.getMessage(), e);
        }
    }

    /** The JDK's default certificate authorities. */
    public static TlsTrust system() {
        return new TlsTrust("the JDK's default", null);
    }

    /**
     * Exactly the certificates of a trust store (its trusted-certificate entries).
     *
     * @param name names the store in messages, e.g. its file
     * @throws IllegalArgumentException if the store holds no usable certificate
     */
    public static TlsTrust of(KeyStore store, String name) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(name, "name");
        return new TlsTrust(name, store);
    }

    /**
     * The certificates of a trust store file (PKCS#12 or JKS, the type read from the file).
     *
     * @param password the store's password; null for a store without one
     * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
     */
    public static TlsTrust load(Path file, char @Nullable [] password) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("cannot read the trust store " + file + ": no such file");
        }
        try {
            KeyStore store = KeyStore.getInstance(file.toFile(), password);
            return of(store, file.toString());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the trust store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A TLS context that trusts these authorities; the fetcher's client takes its socket factory. */
    public SSLContext sslContext() {
        return context;
    }

    /**
     * The trust manager behind {@link #sslContext()}: OkHttp wants it beside the socket factory, to clean
     * certificate chains.
     */
    public X509TrustManager trustManager() {
        return manager;
    }

    /** The trusted authorities as PKIX trust anchors (to validate a chain at a chosen date). */
    public Set<TrustAnchor> anchors() {
        Set<TrustAnchor> anchors = new LinkedHashSet<>();
        for (X509Certificate certificate : manager.getAcceptedIssuers()) {
            anchors.add(new TrustAnchor(certificate, null));
        }
        return anchors;
    }

    @Override
    public String toString() {
        return "TlsTrust[" + description + "]";
    }
}
