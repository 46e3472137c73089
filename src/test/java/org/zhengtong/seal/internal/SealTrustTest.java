package org.zhengtong.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;
import org.zhengtong.seal.Seals.SignatureReport;
import org.zhengtong.seal.Seals.StampPlacement;
import org.zhengtong.seal.Seals.VerificationReport;

/** Verification trusts only signatures whose certificates (and OFD seals) come from this installation's seal CA. */
@IntegrationTest
class SealTrustTest {

    private static final StampPlacement PLACE = new StampPlacement(0, 120, 200, 42, 42);

    @Autowired Seals seals;
    @Autowired SealService service;
    @Autowired KeyVault vault;
    @Autowired OrgDirectory directory;
    @Autowired AsUser as;
    @Autowired MutableClock clock;
    @Autowired TimeStampAuthority timeStamps;

    long czj;
    Seal seal;

    @BeforeEach
    void seal() {
        czj = directory.person("czj.secretary").orElseThrow().unitId();
        seal = as.call("sysadmin", () -> service.create(czj, new SealForm(TestUsers.unique("信任测试章"),
                Seal.Kind.OFFICIAL, LocalDate.now().minusDays(1), LocalDate.now().plusDays(60), 40.0,
                List.of("czj.secretary")), null));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theModulesOwnSignaturesAreTrusted() throws Exception {
        SignatureReport pdf = only(seals.verify("a.pdf", seals.signPdf(seal.getId(), "czj.secretary",
                SealTestFiles.pdf(), PLACE)));
        assertThat(pdf.trusted()).as(pdf.toString()).isTrue();
        assertThat(pdf.valid()).isTrue();
        assertThat(pdf.problem()).isNull();

        SignatureReport ofd = only(seals.verify("a.ofd", seals.signOfd(seal.getId(), "czj.secretary",
                SealTestFiles.ofd(), PLACE)));
        assertThat(ofd.trusted()).as(ofd.toString()).isTrue();
        assertThat(ofd.valid()).isTrue();
    }

    @Test
    void aPdfSignedWithASelfMadeCertificateIsNotTrusted() throws Exception {
        KeyPair pair = SealCrypto.p256KeyPair();
        SealCrypto.Entry selfMade = new SealCrypto.Entry(pair.getPrivate(), SealCrypto.caCertificate(pair,
                SealCrypto.name(seal.getName(), "市财政局"), SealCrypto.PDF_ALGORITHM, Instant.now().minusSeconds(60)));

        SignatureReport report = only(seals.verify("forged.pdf", forgePdf(selfMade, List.of())));

        assertThat(report.signatureValid()).isTrue();
        assertThat(report.contentIntact()).isTrue();
        assertThat(report.trusted()).isFalse();
        assertThat(report.valid()).isFalse();
        assertThat(report.problem()).contains("CA");
    }

    @Test
    void aPdfFromAnotherCaCarryingOurCaNameIsNotTrusted() throws Exception {
        KeyPair caPair = SealCrypto.p256KeyPair();
        var ours = vault.ca(KeyVault.CA_EC).certificate();
        SealCrypto.Entry fakeCa = new SealCrypto.Entry(caPair.getPrivate(), SealCrypto.caCertificate(caPair,
                org.bouncycastle.asn1.x500.X500Name.getInstance(ours.getSubjectX500Principal().getEncoded()),
                SealCrypto.PDF_ALGORITHM, Instant.now().minusSeconds(60)));
        KeyPair pair = SealCrypto.p256KeyPair();
        SealCrypto.Entry signer = new SealCrypto.Entry(pair.getPrivate(), SealCrypto.issue(fakeCa,
                SealCrypto.name(seal.getName(), "市财政局"), pair.getPublic(), SealCrypto.PDF_ALGORITHM,
                Instant.now().minusSeconds(60), Instant.now().plus(30, ChronoUnit.DAYS)));

        VerificationReport report = seals.verify("forged.pdf", forgePdf(signer, List.of(fakeCa.certificate())));

        assertThat(report.valid()).isFalse();
        assertThat(only(report).trusted()).isFalse();
    }

    @Test
    void aSignatureMadeOutsideTheCertificatesValidityIsNotTrusted() throws Exception {
        SealCrypto.Entry key = vault.sealKey(seal.getKeystore(), SealCrypto.PDF);
        clock.advance(Duration.ofDays(400));
        Instant late = clock.instant();
        byte[] signed = PdfSealing.sign(SealTestFiles.pdf(), key, PdfSealing.chain(key), SealService.image(seal),
                seal.getName(), "市财政局", PLACE, late, timeStamps);

        SignatureReport report = only(seals.verify("late.pdf", signed));

        assertThat(report.signatureValid()).isTrue();
        assertThat(report.signedAt()).isEqualTo(late.truncatedTo(ChronoUnit.SECONDS));
        assertThat(report.trusted()).isFalse();
        assertThat(report.problem()).contains("有效期");
    }

    @Test
    void thePdfSigningTimeComesFromTheApplicationClock() throws Exception {
        clock.advance(Duration.ofDays(20));
        Instant expected = clock.instant();

        SignatureReport report = only(seals.verify("a.pdf", seals.signPdf(seal.getId(), "czj.secretary",
                SealTestFiles.pdf(), PLACE)));

        assertThat(Duration.between(expected, report.signedAt()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(report.trusted()).isTrue();
    }

    @Test
    void aRevokedSealIsReported() throws Exception {
        byte[] pdf = seals.signPdf(seal.getId(), "czj.secretary", SealTestFiles.pdf(), PLACE);
        byte[] ofd = seals.signOfd(seal.getId(), "czj.secretary", SealTestFiles.ofd(), PLACE);
        as.run("sysadmin", () -> service.changeStatus(seal.getId(), Seal.Status.REVOKED));

        for (SignatureReport report : List.of(only(seals.verify("a.pdf", pdf)), only(seals.verify("a.ofd", ofd)))) {
            assertThat(report.signatureValid()).isTrue();
            assertThat(report.contentIntact()).isTrue();
            assertThat(report.trusted()).as(report.toString()).isFalse();
            assertThat(report.problem()).contains("吊销").contains(seal.getName());
        }
    }

    @Test
    void anOfdSealMadeByAnotherCaIsNotTrusted() throws Exception {
        KeyPair makerPair = SealCrypto.sm2KeyPair();
        SealCrypto.Entry fakeMaker = new SealCrypto.Entry(makerPair.getPrivate(), SealCrypto.caCertificate(makerPair,
                SealCrypto.name("政通电子印章演示CA (SM2)", "政通"), SealCrypto.SM2_ALGORITHM,
                Instant.now().minusSeconds(60)));
        SealCrypto.Entry signer = selfMadeSm2();

        SignatureReport report = only(seals.verify("forged.ofd", forgeOfd(signer, fakeMaker)));

        assertThat(report.signatureValid()).as(report.toString()).isTrue();
        assertThat(report.trusted()).isFalse();
        assertThat(report.valid()).isFalse();
        assertThat(report.problem()).contains("电子印章不是本系统");
    }

    @Test
    void anOfdSealOfOurCaSignedWithAForeignSignerCertificateIsNotTrusted() throws Exception {
        SignatureReport report = only(seals.verify("forged.ofd",
                forgeOfd(selfMadeSm2(), vault.ca(KeyVault.CA_SM2))));

        assertThat(report.signatureValid()).as(report.toString()).isTrue();
        assertThat(report.trusted()).isFalse();
        assertThat(report.problem()).contains("签章人证书");
    }

    @Test
    void theOfdSigningTimeComesFromTheApplicationClock() throws Exception {
        clock.advance(Duration.ofDays(20));
        Instant expected = clock.instant();

        SignatureReport report = only(seals.verify("a.ofd", seals.signOfd(seal.getId(), "czj.secretary",
                SealTestFiles.ofd(), PLACE)));

        assertThat(Duration.between(expected, report.signedAt()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(report.trusted()).isTrue();
    }

    private byte[] forgePdf(SealCrypto.Entry key, List<java.security.cert.X509Certificate> more) throws Exception {
        List<java.security.cert.X509Certificate> chain = new java.util.ArrayList<>(List.of(key.certificate()));
        chain.addAll(more);
        return PdfSealing.sign(SealTestFiles.pdf(), key, chain, SealService.image(seal), seal.getName(), "市财政局",
                PLACE, Instant.now(), timeStamps);
    }

    private byte[] forgeOfd(SealCrypto.Entry signer, SealCrypto.Entry maker) throws Exception {
        var electronicSeal = OfdSealing.electronicSeal(seal.getId(), seal.getName(), 1, SealService.image(seal), 40,
                seal.getValidFrom(), seal.getValidTo(), signer, maker, Instant.now(), clock.getZone());
        return OfdSealing.sign(SealTestFiles.ofd(), signer, electronicSeal, PLACE, Instant.now());
    }

    private SealCrypto.Entry selfMadeSm2() {
        KeyPair pair = SealCrypto.sm2KeyPair();
        return new SealCrypto.Entry(pair.getPrivate(), SealCrypto.caCertificate(pair,
                SealCrypto.name(seal.getName(), "市财政局"), SealCrypto.SM2_ALGORITHM, Instant.now().minusSeconds(60)));
    }

    private static SignatureReport only(VerificationReport report) {
        assertThat(report.wellFormed()).isTrue();
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().get(0);
    }
}
