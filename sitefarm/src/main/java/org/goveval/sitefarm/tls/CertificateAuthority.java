package org.goveval.sitefarm.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority that lives in memory: a self-signed root (EC P-256, ECDSA with SHA-256) that issues
 * server certificates with the names and validity a test needs (valid, expiring, expired, wrong name). Nothing is
 * written to disk and no provider is installed: BouncyCastle builds the certificates, the JDK's own providers
 * make the keys and signatures. Thread-safe.
 */
public final class CertificateAuthority {
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final AtomicLong SERIALS = new AtomicLong(1);

    private final X500Name name;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private CertificateAuthority(X500Name name, KeyPair keys, X509Certificate certificate) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
    }

    /**
     * A new root valid from a day before {@code now} for ten years.
     *
     * @param commonName the CN of the root, e.g. {@code goveval sitefarm CA}
     */
    public static CertificateAuthority create(String commonName, Instant now) {
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(now, "now");
        X500Name name = new X500Name("CN=" + commonName + ",O=goveval");
        KeyPair keys = keyPair();
        try {
            JcaX509v3CertificateBuilder builder = builder(
                    name, name, keys.getPublic(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new CertificateAuthority(name, keys, sign(builder, keys));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode a CA extension", e);
        }
    }

    /** The root certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** A PKCS#12 trust store holding the root alone, for a client that must trust this authority. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("goveval-farm-ca", certificate);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a PKCS#12 trust store", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build a PKCS#12 trust store", e);
        }
    }

    /**
     * A server certificate for the names, signed by this root, valid from {@code notBefore} to {@code notAfter}
     * (whole seconds, as X.509 keeps them).
     *
     * @param dnsNames the subject alternative names (DNS names); the first is also the CN
     */
    public ServerIdentity issue(List<String> dnsNames, Instant notBefore, Instant notAfter) {
        if (dnsNames.isEmpty()) {
            throw new IllegalArgumentException("dnsNames cannot be empty");
        }
        if (!notBefore.isBefore(notAfter)) {
            throw new IllegalArgumentException("notBefore must come before notAfter: " + notBefore + ", " + notAfter);
        }
        KeyPair leaf = keyPair();
        try {
            JcaX509v3CertificateBuilder builder =
                    builder(name, new X500Name("CN=" + dnsNames.get(0)), leaf.getPublic(), notBefore, notAfter);
            GeneralName[] names = dnsNames.stream()
                    .map(dns -> new GeneralName(GeneralName.dNSName, dns))
                    .toArray(GeneralName[]::new);
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            return new ServerIdentity(leaf.getPrivate(), List.of(sign(builder, keys), certificate));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a server certificate for " + dnsNames, e);
        }
    }

    private static JcaX509v3CertificateBuilder builder(
            X500Name issuer, X500Name subject, PublicKey key, Instant notBefore, Instant notAfter)
            throws CertIOException {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer,
                BigInteger.valueOf(System.nanoTime()).shiftLeft(16).add(BigInteger.valueOf(SERIALS.getAndIncrement())),
                Date.from(notBefore),
                Date.from(notAfter),
                subject,
                key);
        try {
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK offers SHA-1 for key identifiers", e);
        }
        return builder;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate())));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate with " + SIGNATURE, e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK offers EC P-256 keys", e);
        }
    }
}
