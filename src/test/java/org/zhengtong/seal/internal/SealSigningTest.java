package org.zhengtong.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.LocalDate;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;
import org.zhengtong.seal.Seals.StampPlacement;
import org.zhengtong.seal.Seals.VerificationReport;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SealSigningTest {

    private static final StampPlacement PLACE = new StampPlacement(0, 120, 200, 42, 42);

    @Autowired Seals seals;
    @Autowired SealService service;
    @Autowired OrgDirectory directory;
    @Autowired AsUser as;
    @Autowired JdbcTemplate jdbc;

    long czj;
    Seal seal;

    @BeforeEach
    void seal() {
        czj = directory.person("czj.secretary").orElseThrow().unitId();
        seal = as.call("sysadmin", () -> service.create(czj, new SealForm(TestUsers.unique("测试公章"),
                Seal.Kind.OFFICIAL, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1), 40.0,
                List.of("czj.secretary")), null));
    }

    @Test
    void demoCityHasAnOfficialSealPerUnitKeptByItsSecretary() {
        Seals.SealRef active = seals.activeSeal(czj).orElseThrow();
        assertThat(active.name()).isEqualTo("市财政局公章");
        assertThat(seals.isCustodian(active.id(), "czj.secretary")).isTrue();
        assertThat(seals.isCustodian(active.id(), "czj.office")).isFalse();
        long szfb = directory.person("szfb.secretary").orElseThrow().unitId();
        assertThat(seals.activeSeal(szfb)).isPresent();
    }

    @Test
    void signedPdfVerifiesAndAChangedByteBreaksIt() throws Exception {
        byte[] signed = seals.signPdf(seal.getId(), "czj.secretary", SealTestFiles.pdf(), PLACE);

        VerificationReport report = seals.verify("out.pdf", signed);
        assertThat(report.format()).isEqualTo("PDF");
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).hasSize(1);
        Seals.SignatureReport signature = report.signatures().get(0);
        assertThat(signature.sealName()).isEqualTo(seal.getName());
        assertThat(signature.signer()).contains(seal.getName()).contains("市财政局");
        assertThat(signature.signedAt()).isNotNull();
        assertThat(signature.algorithm()).containsIgnoringCase("ECDSA");

        VerificationReport tampered = seals.verify("out.pdf", SealTestFiles.changeText(signed, SealTestFiles.PDF_TEXT));
        assertThat(tampered.valid()).isFalse();
        assertThat(tampered.wellFormed()).isTrue();
        assertThat(tampered.signatures().get(0).contentIntact()).isFalse();
    }

    @Test
    void signedOfdVerifiesAndChangedContentBreaksIt() throws Exception {
        byte[] signed = seals.signOfd(seal.getId(), "czj.secretary", SealTestFiles.ofd(), PLACE);

        VerificationReport report = seals.verify("out.ofd", signed);
        assertThat(report.format()).isEqualTo("OFD");
        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.signatures()).hasSize(1);
        assertThat(report.signatures().get(0).sealName()).isEqualTo(seal.getName());
        assertThat(report.signatures().get(0).signer()).contains(seal.getName());
        assertThat(report.signatures().get(0).algorithm()).contains("SM2");

        VerificationReport changed = seals.verify("out.ofd", SealTestFiles.changeOfdContent(signed));
        assertThat(changed.valid()).isFalse();
        assertThat(changed.signatures().get(0).contentIntact()).isFalse();
        byte[] flipped = signed.clone();
        flipped[flipped.length / 3] ^= 0x5A;
        assertThat(seals.verify("out.ofd", flipped).valid()).isFalse();
    }

    @Test
    void malformedFilesAreReportedNotThrown() throws Exception {
        VerificationReport pdf = seals.verify("x.pdf", "%PDF-1.7 nothing else".getBytes());
        assertThat(pdf.wellFormed()).isFalse();
        assertThat(pdf.valid()).isFalse();
        VerificationReport ofd = seals.verify("x.ofd", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(ofd.wellFormed()).isFalse();
        assertThat(seals.verify("unsigned.pdf", SealTestFiles.pdf()).valid()).isFalse();
    }

    @Test
    void onlyCustodiansSignAndOnlyWithAValidSeal() throws Exception {
        byte[] pdf = SealTestFiles.pdf();
        int refusalsBefore = refusals(seal.getId());
        assertThatThrownBy(() -> seals.signPdf(seal.getId(), "czj.office", pdf, PLACE))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("seal.error.notCustodian");
        assertThatThrownBy(() -> seals.signOfd(seal.getId(), "czj.office", SealTestFiles.ofd(), PLACE))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(refusals(seal.getId())).isEqualTo(refusalsBefore + 2);

        Seal expired = as.call("sysadmin", () -> service.create(czj, new SealForm(TestUsers.unique("过期章"),
                Seal.Kind.CONTRACT, LocalDate.now().minusYears(2), LocalDate.now().minusDays(1), null,
                List.of("czj.secretary")), null));
        assertThatThrownBy(() -> seals.signPdf(expired.getId(), "czj.secretary", pdf, PLACE))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("seal.error.expired");

        as.run("sysadmin", () -> service.changeStatus(seal.getId(), Seal.Status.REVOKED));
        assertThatThrownBy(() -> seals.signPdf(seal.getId(), "czj.secretary", pdf, PLACE))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("seal.error.revoked");
    }

    @Test
    void aBrokenKeyIsRefusedAndLeavesItsCauseInTheLog(CapturedOutput log) throws Exception {
        String keystore = jdbc.queryForObject("SELECT keystore FROM seal_seal WHERE id = ?", String.class, seal.getId());
        jdbc.update("UPDATE seal_seal SET keystore = ? WHERE id = ?", "bm90IGEga2V5c3RvcmU=", seal.getId());
        try {
            assertThatThrownBy(() -> seals.signPdf(seal.getId(), "czj.secretary", SealTestFiles.pdf(), PLACE))
                    .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("seal.error.signFailed");
            assertThatThrownBy(() -> seals.signOfd(seal.getId(), "czj.secretary", SealTestFiles.ofd(), PLACE))
                    .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("seal.error.signFailed");
        } finally {
            // the trust checks of other tests read every seal's certificate
            jdbc.update("UPDATE seal_seal SET keystore = ? WHERE id = ?", keystore, seal.getId());
        }

        assertThat(log.getOut() + log.getErr())
                .contains("seal " + seal.getId() + ": signing a PDF for czj.secretary failed")
                .contains("seal " + seal.getId() + ": signing an OFD for czj.secretary failed")
                .contains("at org.zhengtong.seal.internal.KeyVault");
    }

    @Test
    void anUploadedPkcs12ReplacesThePdfKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = SealCrypto.name("外部CA签发的印章证书", "市财政局");
        var certificate = SealCrypto.caCertificate(pair, name, "SHA256withRSA", java.time.Instant.now().minusSeconds(60));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", pair.getPrivate(), "secret".toCharArray(), new Certificate[] {certificate});
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        store.store(p12, "secret".toCharArray());

        assertThatThrownBy(() -> as.run("sysadmin", () -> service.replaceKey(seal.getId(), p12.toByteArray(), "wrong")))
                .isInstanceOf(BusinessRuleException.class);
        String alias = as.call("sysadmin", () -> service.replaceKey(seal.getId(), p12.toByteArray(), "secret"));
        assertThat(alias).isEqualTo(SealCrypto.PDF);

        byte[] signed = seals.signPdf(seal.getId(), "czj.secretary", SealTestFiles.pdf(), PLACE);
        VerificationReport report = seals.verify("out.pdf", signed);
        assertThat(report.valid()).isTrue();
        // not from our CA, but the certificate an administrator registered for this seal
        assertThat(report.signatures().get(0).trusted()).isTrue();
        assertThat(report.signatures().get(0).signer()).contains("外部CA签发的印章证书");
        assertThat(report.signatures().get(0).algorithm()).containsIgnoringCase("RSA");
    }

    private int refusals(long sealId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_record WHERE action = 'seal.sign' AND object_id = ?"
                + " AND result = 'FAILURE'", Integer.class, String.valueOf(sealId));
    }
}
