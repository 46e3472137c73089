package org.zhengtong.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.OutsideTools;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;
import org.zhengtong.seal.Seals.SignatureReport;
import org.zhengtong.seal.Seals.StampPlacement;

/**
 * The PDF signature as outside tools see it: DER-encoded CMS (ISO 32000-1 §12.8.3.3.1), a seal certificate inside its
 * CA's validity, and an RFC 3161 signature time-stamp that OpenSSL accepts and /verify shows as the trusted time.
 */
@IntegrationTest
class PdfSignatureStandardsTest {

    private static final StampPlacement PLACE = new StampPlacement(0, 120, 200, 42, 42);

    @Autowired Seals seals;
    @Autowired SealService service;
    @Autowired SealRepository repository;
    @Autowired KeyVault vault;
    @Autowired OrgDirectory directory;
    @Autowired AsUser as;
    @Autowired MockMvc mvc;
    @Autowired SealCertificateRenewal renewal;

    Seal seal;

    @BeforeEach
    void seal() {
        long czj = directory.person("czj.secretary").orElseThrow().unitId();
        // valid from a year back, as the demo city's seals are: longer than the local CA exists in a test database
        seal = as.call("sysadmin", () -> service.create(czj, new SealForm(TestUsers.unique("标准测试章"),
                Seal.Kind.OFFICIAL, LocalDate.now().minusYears(1), LocalDate.now().plusYears(30), 40.0,
                List.of("czj.secretary")), null));
    }

    @Test
    void theCmsSignatureIsDerWithDefiniteLengths() throws Exception {
        byte[] cms = cmsOf(seals.signPdf(seal.getId(), "czj.secretary", SealTestFiles.pdf(), PLACE));

        assertThat(cms[0]).as("SEQUENCE").isEqualTo((byte) 0x30);
        assertThat(cms[1]).as("not the indefinite-length form 0x80").isNotEqualTo((byte) 0x80);
        ASN1Primitive parsed = new ASN1InputStream(cms).readObject();
        byte[] encoded = parsed.getEncoded(ASN1Encoding.DER);
        assertThat(Arrays.copyOf(cms, encoded.length)).as("the stored bytes are the DER encoding").isEqualTo(encoded);
        assertThat(Arrays.copyOfRange(cms, encoded.length, cms.length)).as("then only the zero padding")
                .containsOnly((byte) 0);
    }

    @Test
    void everySealCertificateLiesWithinItsCasValidity() {
        X509Certificate ecCa = vault.ca(KeyVault.CA_EC).certificate();
        X509Certificate sm2Ca = vault.ca(KeyVault.CA_SM2).certificate();
        Seal demo = repository.findById(seals.activeSeal(seal.getUnitId()).orElseThrow().id()).orElseThrow();
        for (Seal checked : List.of(seal, demo)) {
            assertWithin(vault.sealCertificate(checked.getKeystore(), SealCrypto.PDF), ecCa);
            assertWithin(vault.sealCertificate(checked.getKeystore(), SealCrypto.SM2), sm2Ca);
        }
        assertWithin(vault.timeStampKey().certificate(), ecCa);
    }

    @Test
    void aCertificateIssuedBeforeItsCaExistedIsIssuedAgainInsideItForTheSameKey() throws Exception {
        SealCrypto.Entry ca = vault.ca(KeyVault.CA_EC);
        SealCrypto.Entry key = vault.sealKey(seal.getKeystore(), SealCrypto.PDF);
        Instant caStart = ca.certificate().getNotBefore().toInstant();
        // as the local CA issued them before it checked: a year before the CA itself
        X509Certificate early = new JcaX509CertificateConverter().setProvider(SealCrypto.BC).getCertificate(
                new JcaX509v3CertificateBuilder(ca.certificate(), BigInteger.TWO,
                        Date.from(caStart.minus(Duration.ofDays(365))), Date.from(caStart.plus(Duration.ofDays(3650))),
                        SealCrypto.name(seal.getName(), "市财政局"), key.certificate().getPublicKey())
                        .build(new JcaContentSignerBuilder(SealCrypto.PDF_ALGORITHM).setProvider(SealCrypto.BC)
                                .build(ca.key())));
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        p12.load(null, null);
        p12.setKeyEntry("seal", key.key(), "pw".toCharArray(), new Certificate[] {early, ca.certificate()});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p12.store(bytes, "pw".toCharArray());
        as.run("sysadmin", () -> service.replaceKey(seal.getId(), bytes.toByteArray(), "pw"));

        renewal.run(null);

        X509Certificate renewed = vault.sealCertificate(repository.findById(seal.getId()).orElseThrow().getKeystore(),
                SealCrypto.PDF);
        assertWithin(renewed, ca.certificate());
        assertThat(renewed.getPublicKey()).isEqualTo(early.getPublicKey());
        assertThat(renewed.getSubjectX500Principal()).isEqualTo(early.getSubjectX500Principal());
        assertThat(seals.verify("a.pdf", seals.signPdf(seal.getId(), "czj.secretary", SealTestFiles.pdf(), PLACE))
                .valid()).isTrue();
    }

    @Test
    void theSignatureCarriesATimeStampThatPdfsigAndOpenSslAccept() throws Exception {
        byte[] signed = seals.signPdf(seal.getId(), "czj.secretary", SealTestFiles.pdf(), PLACE);

        SignatureReport report = seals.verify("signed.pdf", signed).signatures().get(0);
        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.timeStampedAt()).isNotNull();
        assertThat(Duration.between(report.timeStampedAt(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));

        OutsideTools.assumeInstalled("pdfsig");
        String pdfsig = OutsideTools.pdfsig(signed);
        assertThat(pdfsig).contains("Signature Validation: Signature is Valid.", "Total document signed",
                "Signing Hash Algorithm: SHA-256");

        // pdfsig 22.12 does not print time-stamps: OpenSSL checks the token against the signature value and our CA
        OutsideTools.assumeInstalled("openssl");
        SignerInformation signer = new CMSSignedData(cmsOf(signed)).getSignerInfos().getSigners().iterator().next();
        Attribute token = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        Path dir = Files.createTempDirectory("tsa");
        try {
            Files.write(dir.resolve("signature.bin"), signer.getSignature());
            Files.write(dir.resolve("token.der"), token.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded());
            Files.writeString(dir.resolve("ca.pem"), pem(vault.ca(KeyVault.CA_EC).certificate()));
            String verified = OutsideTools.run(dir, "openssl", "ts", "-verify", "-token_in", "-in", "token.der",
                    "-data", "signature.bin", "-CAfile", "ca.pem");
            assertThat(verified).contains("Verification: OK");
        } finally {
            OutsideTools.delete(dir);
        }
    }

    @Test
    void theVerifyPageShowsTheTimeStampAsTheTrustedTimeInLocalTime() throws Exception {
        byte[] signed = seals.signPdf(seal.getId(), "czj.secretary", SealTestFiles.pdf(), PLACE);
        Instant stamped = seals.verify("signed.pdf", signed).signatures().get(0).timeStampedAt();
        String local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(stamped.atZone(ZoneId.of("Asia/Shanghai")));

        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "公文.pdf", "application/pdf", signed))
                        .with(csrf()).with(request -> {
                            request.setRemoteAddr("10.76." + (System.nanoTime() % 200) + ".9");
                            return request;
                        }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("可信时间（时间戳）")))
                .andExpect(content().string(containsString(local)));
    }

    @Test
    void aTimeStampIsTrustedOnlyFromAnAuthorityConfiguredAsTrusted() throws Exception {
        SealCrypto.Entry key = vault.sealKey(seal.getKeystore(), SealCrypto.PDF);
        Path pem = Files.createTempFile("tsa", ".pem");
        try (TestTimeStampServer server = new TestTimeStampServer()) {
            byte[] signed = PdfSealing.sign(SealTestFiles.pdf(), key, PdfSealing.chain(key), SealService.image(seal),
                    seal.getName(), "市财政局", PLACE, Instant.now(), new HttpTimeStampAuthority(server.url()));

            SignatureReport untrusted = seals.verify("signed.pdf", signed).signatures().get(0);
            assertThat(untrusted.signatureValid()).isTrue();
            assertThat(untrusted.timeStampedAt()).isNull();
            assertThat(untrusted.trusted()).isFalse();
            assertThat(untrusted.problem()).contains("时间戳服务不受信任");

            // zhengtong.seal.tsa-certificates names the authority's CA
            Files.writeString(pem, pem(server.ca.certificate()));
            SealTrust configured = new SealTrust(vault, repository, java.time.Clock.systemUTC(),
                    new SealProperties(null, pem.toString(), null));
            SignatureReport trusted = PdfSealing.verify(signed, configured).get(0);
            assertThat(trusted.valid()).as(trusted.toString()).isTrue();
            assertThat(trusted.timeStampedAt()).isEqualTo(server.time);
        } finally {
            Files.deleteIfExists(pem);
        }
    }

    @Test
    void withoutATimeStampNothingIsSigned() throws Exception {
        SealCrypto.Entry key = vault.sealKey(seal.getKeystore(), SealCrypto.PDF);
        try (TestTimeStampServer server = new TestTimeStampServer()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PdfSealing.sign(SealTestFiles.pdf(), key,
                            PdfSealing.chain(key), SealService.image(seal), seal.getName(), "市财政局", PLACE,
                            Instant.now(), new HttpTimeStampAuthority(server.brokenUrl())))
                    .isInstanceOf(TimeStampAuthority.Unavailable.class);
        }
    }

    private static void assertWithin(X509Certificate certificate, X509Certificate ca) {
        assertThat(certificate.getNotBefore()).as("%s starts", certificate.getSubjectX500Principal())
                .isAfterOrEqualTo(ca.getNotBefore());
        assertThat(certificate.getNotAfter()).as("%s ends", certificate.getSubjectX500Principal())
                .isBeforeOrEqualTo(ca.getNotAfter());
    }

    /** The /Contents of the PDF's signature: the CMS followed by the zero padding of its reserved space. */
    static byte[] cmsOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().get(0).getContents(pdf);
        }
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }
}
