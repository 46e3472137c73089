package org.zhengtong.seal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengtong.seal.Seals.SignatureReport;

/**
 * Whether a signature comes from this installation: the signer's certificate chains to the local seal CA (or is the
 * registered certificate of one of our seals, for keys uploaded by an administrator), it and the CA were valid at the
 * signing time, and the seal is not revoked. For OFD the electronic seal must be made by our SM2 CA.
 */
@Component
class SealTrust {

    record Verdict(boolean trusted, String problem) {

        static Verdict ok() {
            return new Verdict(true, null);
        }

        static Verdict untrusted(String problem) {
            return new Verdict(false, problem);
        }

        /** This verdict, made untrusted by one more problem when there is one. */
        Verdict and(String another) {
            return another == null ? this
                    : untrusted(problem == null ? another : problem + "；" + another);
        }
    }

    private final KeyVault vault;
    private final SealRepository seals;
    private final Clock clock;
    private final List<X509Certificate> timeStampAuthorities;

    SealTrust(KeyVault vault, SealRepository seals, Clock clock, SealProperties properties) {
        this.vault = vault;
        this.seals = seals;
        this.clock = clock;
        String pem = properties.tsaCertificates();
        this.timeStampAuthorities = pem == null || pem.isBlank() ? List.of() : certificates(Path.of(pem.strip()));
    }

    private static List<X509Certificate> certificates(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read the time-stamping authority certificates in " + pem, e);
        }
    }

    /**
     * Whether a time-stamp token's signer is a trusted time-stamping authority: the local one, certified by the EC CA,
     * or one whose certificate (or its issuer's) is in the PEM file {@code zhengtong.seal.tsa-certificates}.
     */
    boolean timeStampAuthority(X509Certificate tsa) {
        if (issuedBy(tsa, vault.ca(KeyVault.CA_EC).certificate())) {
            return true;
        }
        return timeStampAuthorities.stream().anyMatch(trusted -> same(tsa, trusted) || issuedBy(tsa, trusted));
    }

    /** A PDF signature's signer certificate (ECDSA or an uploaded RSA key). */
    Verdict pdf(X509Certificate signer, Instant signedAt) {
        X509Certificate ca = vault.ca(KeyVault.CA_EC).certificate();
        boolean issued = issuedBy(signer, ca);
        Optional<Seal> seal = registered(signer, SealCrypto.PDF);
        if (!issued && seal.isEmpty()) {
            return Verdict.untrusted("签章人证书不是本系统电子印章CA签发的，也不是本系统登记的印章证书");
        }
        return checked(signer, issued ? ca : null, seal, signedAt);
    }

    /**
     * An OFD signature: the electronic seal's maker certificate must be our SM2 CA; the seal it names (esID "ZT" +
     * id, signed by the CA) tells revocation; the signer certificate must be issued by the CA or be the seal's
     * registered SM2 certificate.
     */
    Verdict ofd(X509Certificate signer, X509Certificate maker, String esId, Instant signedAt) {
        X509Certificate ca = vault.ca(KeyVault.CA_SM2).certificate();
        if (!same(maker, ca)) {
            return Verdict.untrusted("电子印章不是本系统电子印章CA制作的");
        }
        Optional<Seal> seal = sealId(esId).flatMap(seals::findById);
        boolean issued = issuedBy(signer, ca);
        boolean registered = seal.map(s -> same(signer, vault.sealCertificate(s.getKeystore(), SealCrypto.SM2)))
                .orElse(false);
        if (!issued && !registered) {
            return Verdict.untrusted("签章人证书不是本系统电子印章CA签发的");
        }
        return checked(signer, issued ? ca : null, seal, signedAt);
    }

    private Verdict checked(X509Certificate signer, X509Certificate ca, Optional<Seal> seal, Instant signedAt) {
        List<String> problems = new ArrayList<>();
        Instant at = signedAt == null ? clock.instant() : signedAt;
        if (signedAt == null) {
            problems.add("签章时间缺失");
        }
        if (!validAt(signer, at)) {
            problems.add("签章时签章人证书不在有效期内");
        }
        if (ca != null && !validAt(ca, at)) {
            problems.add("签章时CA证书不在有效期内");
        }
        if (seal.isPresent() && seal.get().getStatus() == Seal.Status.REVOKED) {
            problems.add("印章“" + seal.get().getName() + "”已被吊销");
        }
        return problems.isEmpty() ? Verdict.ok() : Verdict.untrusted(String.join("；", problems));
    }

    /** The report with the verdict applied: the trust flag, and the trust problem after any earlier problem. */
    static SignatureReport apply(SignatureReport report, Verdict verdict) {
        String problem = report.problem() == null ? verdict.problem()
                : verdict.problem() == null ? report.problem() : report.problem() + "；" + verdict.problem();
        return new SignatureReport(report.signer(), report.sealName(), report.unitName(), report.signedAt(),
                report.timeStampedAt(), report.algorithm(), report.signatureValid(), report.contentIntact(), problem,
                verdict.trusted());
    }

    /** The seal whose current key of that kind has exactly this certificate. */
    private Optional<Seal> registered(X509Certificate certificate, String alias) {
        String subject = SealCrypto.displayName(certificate);
        List<Seal> candidates = SealCrypto.PDF.equals(alias) ? seals.findByPdfSubject(subject)
                : seals.findBySm2Subject(subject);
        return candidates.stream()
                .filter(seal -> seal.getKeystore() != null
                        && same(certificate, vault.sealCertificate(seal.getKeystore(), alias)))
                .findFirst();
    }

    private static Optional<Long> sealId(String esId) {
        if (esId == null || !esId.startsWith("ZT")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(esId.substring(2)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean issuedBy(X509Certificate certificate, X509Certificate ca) {
        if (!certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(ca.getPublicKey(), SealCrypto.BC);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate certificate, Instant at) {
        try {
            certificate.checkValidity(Date.from(at));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean same(X509Certificate a, X509Certificate b) {
        try {
            return a != null && b != null && Arrays.equals(a.getEncoded(), b.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
