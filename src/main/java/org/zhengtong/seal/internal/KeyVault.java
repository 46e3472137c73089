package org.zhengtong.seal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.PlatformProperties;

/**
 * The installation's key password and the local demo CA (SM2/SM3 and ECDSA P-256) with the key of the local
 * time-stamping authority, generated at first use and kept in the database inside a PKCS#12 store protected by that
 * password. The password comes from
 * {@code zhengtong.seal.key-password}; without it one is generated once and kept in a file only the owner can read.
 */
@Component
class KeyVault implements InitializingBean {

    static final String CA_SM2 = "ca-sm2";
    static final String CA_EC = "ca-ec";
    /** The local RFC 3161 time-stamping authority's key, certified by the EC CA. */
    static final String TSA = "tsa";

    private final SealAuthorityRepository authorities;
    private final SealRepository seals;
    private final Clock clock;
    private final String configured;
    private final Path passwordFile;
    private char[] password;
    private volatile KeyStore authority;

    KeyVault(SealAuthorityRepository authorities, SealRepository seals, Clock clock, PlatformProperties properties) {
        this.authorities = authorities;
        this.seals = seals;
        this.clock = clock;
        this.configured = properties.seal().configured() ? properties.seal().keyPassword() : "";
        this.passwordFile = properties.seal().keyPasswordFile();
    }

    /**
     * Takes the password and proves it opens the keys already stored, before the application serves: once keys are
     * stored, only the password that opens them will do, since a new one would leave every seal unusable and every
     * earlier signature untrusted (a restore without the password file).
     */
    @Override
    public void afterPropertiesSet() {
        Optional<String> storedKeys = authorities.findAll().stream().findFirst().map(SealAuthority::getKeystore)
                .or(() -> seals.findFirstByOrderByIdAsc().map(Seal::getKeystore));
        if (!configured.isBlank()) {
            password = configured.toCharArray();
        } else if (Files.exists(passwordFile)) {
            password = readPassword(passwordFile).toCharArray();
        } else if (storedKeys.isPresent()) {
            throw new SealKeysLockedException(SealKeysLockedException.Reason.NO_PASSWORD, passwordFile);
        } else {
            password = generatePassword(passwordFile).toCharArray();
        }
        storedKeys.ifPresent(keystore -> {
            try {
                SealCrypto.load(keystore, password);
            } catch (IllegalArgumentException wrongPassword) {
                throw new SealKeysLockedException(SealKeysLockedException.Reason.WRONG_PASSWORD, passwordFile);
            }
        });
    }

    private static String readPassword(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seal key password in " + file, e);
        }
    }

    private static String generatePassword(Path file) {
        try {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            // readable by the application's own user only
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } else {
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the seal key password in " + file, e);
        }
    }

    char[] password() {
        return password.clone();
    }

    @Transactional
    synchronized KeyStore authority() {
        if (authority == null) {
            authority = authorities.findAll().stream().findFirst()
                    .map(this::withTimeStampKey)
                    .orElseGet(this::createAuthority);
        }
        return authority;
    }

    /** The stored authority; one made before the local time-stamping authority existed gets its key now. */
    private KeyStore withTimeStampKey(SealAuthority found) {
        KeyStore store = SealCrypto.load(found.getKeystore(), password);
        try {
            if (!store.containsAlias(TSA)) {
                addTimeStampKey(store);
                found.keystore(SealCrypto.save(store, password));
                authorities.save(found);
            }
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    private void addTimeStampKey(KeyStore store) {
        SealCrypto.Entry ca = SealCrypto.entry(store, CA_EC, password);
        KeyPair pair = SealCrypto.p256KeyPair();
        Instant now = clock.instant();
        SealCrypto.put(store, TSA, new SealCrypto.Entry(pair.getPrivate(), SealCrypto.issue(ca,
                SealCrypto.name("政通时间戳服务", "政通"), pair.getPublic(), SealCrypto.PDF_ALGORITHM, now,
                ca.certificate().getNotAfter().toInstant(), SealCrypto.Purpose.TIME_STAMPING)), password,
                ca.certificate());
    }

    private KeyStore createAuthority() {
        Instant now = clock.instant();
        KeyStore store = SealCrypto.newStore();
        KeyPair sm2 = SealCrypto.sm2KeyPair();
        SealCrypto.put(store, CA_SM2, new SealCrypto.Entry(sm2.getPrivate(), SealCrypto.caCertificate(sm2,
                SealCrypto.name("政通电子印章演示CA (SM2)", "政通"), SealCrypto.SM2_ALGORITHM, now)), password);
        KeyPair ec = SealCrypto.p256KeyPair();
        SealCrypto.put(store, CA_EC, new SealCrypto.Entry(ec.getPrivate(), SealCrypto.caCertificate(ec,
                SealCrypto.name("政通电子印章演示CA (ECDSA)", "政通"), SealCrypto.PDF_ALGORITHM, now)), password);
        addTimeStampKey(store);
        authorities.save(new SealAuthority(SealCrypto.save(store, password), now));
        return store;
    }

    SealCrypto.Entry ca(String alias) {
        return SealCrypto.entry(authority(), alias, password);
    }

    SealCrypto.Entry timeStampKey() {
        return SealCrypto.entry(authority(), TSA, password);
    }

    /** A fresh SM2 and PDF key pair for a seal with certificates from the local CA, as an encrypted PKCS#12 (base64). */
    String issueSealKeys(String sealName, String unitName, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(clock.getZone()).toInstant().isBefore(clock.instant())
                ? from.atStartOfDay(clock.getZone()).toInstant() : clock.instant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        X500Name subject = SealCrypto.name(sealName, unitName);
        KeyStore store = SealCrypto.newStore();
        SealCrypto.Entry sm2Ca = ca(CA_SM2);
        KeyPair sm2 = SealCrypto.sm2KeyPair();
        SealCrypto.put(store, SealCrypto.SM2, new SealCrypto.Entry(sm2.getPrivate(),
                SealCrypto.issue(sm2Ca, subject, sm2.getPublic(), SealCrypto.SM2_ALGORITHM, start, end)), password,
                sm2Ca.certificate());
        SealCrypto.Entry ecCa = ca(CA_EC);
        KeyPair ec = SealCrypto.p256KeyPair();
        SealCrypto.put(store, SealCrypto.PDF, new SealCrypto.Entry(ec.getPrivate(),
                SealCrypto.issue(ecCa, subject, ec.getPublic(), SealCrypto.PDF_ALGORITHM, start, end)), password,
                ecCa.certificate());
        return SealCrypto.save(store, password);
    }

    /**
     * The seal's store with every certificate the local CA issued that starts before the CA or ends after it issued
     * again, for the same key and subject, inside the CA's validity; null when there is none. Stores made before
     * certificates were kept inside their CA's validity get mended so; the keys, and every signature made with them,
     * stay as they are.
     */
    String reissuedWithinCa(String keystore) {
        KeyStore store = SealCrypto.load(keystore, password);
        boolean changed = false;
        try {
            for (String[] key : new String[][] {{SealCrypto.SM2, CA_SM2, SealCrypto.SM2_ALGORITHM},
                    {SealCrypto.PDF, CA_EC, SealCrypto.PDF_ALGORITHM}}) {
                X509Certificate certificate = (X509Certificate) store.getCertificate(key[0]);
                X509Certificate ca = (X509Certificate) authority().getCertificate(key[1]);
                boolean outside = certificate.getNotBefore().before(ca.getNotBefore())
                        || certificate.getNotAfter().after(ca.getNotAfter());
                if (outside && SealTrust.issuedBy(certificate, ca)) {
                    SealCrypto.put(store, key[0], new SealCrypto.Entry(SealCrypto.entry(store, key[0], password).key(),
                            SealCrypto.issue(ca(key[1]), X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                                    certificate.getPublicKey(), key[2], certificate.getNotBefore().toInstant(),
                                    certificate.getNotAfter().toInstant())), password, ca);
                    changed = true;
                }
            }
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
        return changed ? SealCrypto.save(store, password) : null;
    }

    SealCrypto.Entry sealKey(String keystore, String alias) {
        return SealCrypto.entry(SealCrypto.load(keystore, password), alias, password);
    }

    /** The certificate of one of a seal's keys, or null. */
    java.security.cert.X509Certificate sealCertificate(String keystore, String alias) {
        try {
            return (java.security.cert.X509Certificate) SealCrypto.load(keystore, password).getCertificate(alias);
        } catch (java.security.KeyStoreException e) {
            return null;
        }
    }

    /** The seal's store with one of its keys replaced by an uploaded one. */
    String replace(String keystore, String alias, SealCrypto.Entry replacement) {
        KeyStore store = SealCrypto.load(keystore, password);
        SealCrypto.put(store, alias, replacement, password);
        return SealCrypto.save(store, password);
    }
}
