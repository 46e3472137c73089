package org.zhengtong.seal.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveSpec;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys, certificates and the password-protected PKCS#12 stores they are kept in. Each seal has two key pairs:
 * SM2 (GB/T 38540 OFD signatures, certificate signed SM3withSM2 by the local CA) and ECDSA P-256 (PDF signatures
 * every PDF reader accepts, certificate signed SHA256withECDSA by the local CA's EC key).
 */
final class SealCrypto {

    static final Provider BC = new BouncyCastleProvider();
    static final String SM2 = "sm2";
    static final String PDF = "pdf";
    static final String SM2_ALGORITHM = "SM3withSM2";
    static final String PDF_ALGORITHM = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealCrypto() {
    }

    record Entry(PrivateKey key, X509Certificate certificate) {

        String subject() {
            return certificate.getSubjectX500Principal().getName();
        }
    }

    static KeyPair sm2KeyPair() {
        return ecKeyPair("sm2p256v1");
    }

    static KeyPair p256KeyPair() {
        return ecKeyPair("secp256r1");
    }

    private static KeyPair ecKeyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(curve), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate " + curve + " key", e);
        }
    }

    static X500Name name(String commonName, String organization) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN");
        if (organization != null) {
            builder.addRDN(BCStyle.O, organization);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    /** What a certificate is for: its basic constraints, key usage and extended key usage. */
    enum Purpose {
        CA, SEAL, TIME_STAMPING
    }

    /** A self-signed CA certificate, ten years. */
    static X509Certificate caCertificate(KeyPair pair, X500Name name, String algorithm, Instant now) {
        return certificate(name, pair.getPrivate(), name, pair.getPublic(), algorithm, now, now.plus(3650, ChronoUnit.DAYS),
                Purpose.CA);
    }

    /** A seal's signing certificate. */
    static X509Certificate issue(Entry issuer, X500Name subject, PublicKey key, String algorithm, Instant from,
                                 Instant to) {
        return issue(issuer, subject, key, algorithm, from, to, Purpose.SEAL);
    }

    /**
     * A certificate signed by the issuer, valid from..to but never before the issuer's own validity starts nor after it
     * ends: a certificate cannot be older than the authority that made it.
     */
    static X509Certificate issue(Entry issuer, X500Name subject, PublicKey key, String algorithm, Instant from,
                                 Instant to, Purpose purpose) {
        X509Certificate ca = issuer.certificate();
        Instant caStart = ca.getNotBefore().toInstant();
        Instant caEnd = ca.getNotAfter().toInstant();
        Instant start = from.isBefore(caStart) ? caStart : from;
        Instant end = to.isAfter(caEnd) ? caEnd : to;
        X500Name issuerName = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
        return certificate(issuerName, issuer.key(), subject, key, algorithm, start, end, purpose);
    }

    private static X509Certificate certificate(X500Name issuer, PrivateKey issuerKey, X500Name subject, PublicKey key,
                                               String algorithm, Instant from, Instant to, Purpose purpose) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(63, RANDOM).add(BigInteger.ONE), Date.from(from), Date.from(to), subject, key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(purpose == Purpose.CA));
            builder.addExtension(Extension.keyUsage, true, switch (purpose) {
                case CA -> new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
                case SEAL -> new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
                case TIME_STAMPING -> new KeyUsage(KeyUsage.digitalSignature);
            });
            if (purpose == Purpose.TIME_STAMPING) {
                // RFC 3161 §2.3: the only extended key usage, marked critical
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            return new JcaX509CertificateConverter().setProvider(BC)
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(issuerKey)));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue certificate for " + subject, e);
        }
    }

    static KeyStore newStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", BC);
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void put(KeyStore store, String alias, Entry entry, char[] password, Certificate... chain) {
        try {
            Certificate[] full = new Certificate[chain.length + 1];
            full[0] = entry.certificate();
            System.arraycopy(chain, 0, full, 1, chain.length);
            store.setKeyEntry(alias, entry.key(), password, full);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String save(KeyStore store, char[] password) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyStore load(String base64, char[] password) {
        return load(Base64.getDecoder().decode(base64), password);
    }

    static KeyStore load(byte[] p12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", BC);
            store.load(new ByteArrayInputStream(p12), password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open PKCS#12", e);
        }
    }

    static Entry entry(KeyStore store, String alias, char[] password) {
        try {
            return new Entry((PrivateKey) store.getKey(alias, password), (X509Certificate) store.getCertificate(alias));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read key " + alias, e);
        }
    }

    /** The first private key entry of an uploaded PKCS#12, or an exception when there is none or the password is wrong. */
    static Entry firstKey(byte[] p12, char[] password) {
        KeyStore store = load(p12, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Entry entry = entry(store, alias, password);
                    if (entry.key() != null && entry.certificate() != null) {
                        return entry;
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read PKCS#12", e);
        }
        throw new IllegalArgumentException("no private key in PKCS#12");
    }

    /** True for a key on the SM2 curve. */
    static boolean isSm2(PrivateKey key) {
        if (key instanceof ECPrivateKey ec) {
            String curve = ec.getParams() instanceof ECNamedCurveSpec named ? named.getName() : "";
            if (curve.toLowerCase().contains("sm2")) {
                return true;
            }
            // the SM2 curve's order, for keys whose parameters come unnamed
            return ec.getParams().getOrder().equals(new BigInteger(
                    "FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123", 16));
        }
        return false;
    }

    static String pdfAlgorithm(PrivateKey key) {
        return "RSA".equals(key.getAlgorithm()) ? "SHA256withRSA" : PDF_ALGORITHM;
    }

    /** "CN（O）" of a certificate's subject, for people to read. */
    static String displayName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String cn = value(subject, BCStyle.CN);
        String o = value(subject, BCStyle.O);
        if (cn == null) {
            return certificate.getSubjectX500Principal().getName();
        }
        return o == null ? cn : cn + "（" + o + "）";
    }

    private static String value(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        var rdns = name.getRDNs(type);
        return rdns.length == 0 ? null
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
