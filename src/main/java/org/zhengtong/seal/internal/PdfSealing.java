package org.zhengtong.seal.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.visible.PDVisibleSigProperties;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.visible.PDVisibleSignDesigner;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhengtong.seal.Seals.SignatureReport;
import org.zhengtong.seal.Seals.StampPlacement;

/**
 * Standard PDF signatures (adbe.pkcs7.detached, CMS by BouncyCastle, DER-encoded as ISO 32000-1 §12.8.3.3.1 asks)
 * with the seal image as the visible widget and an RFC 3161 signature time-stamp.
 */
final class PdfSealing {

    private static final Logger log = LoggerFactory.getLogger(PdfSealing.class);

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private PdfSealing() {
    }

    static byte[] sign(byte[] pdf, SealCrypto.Entry key, List<X509Certificate> chain, byte[] sealPng, String sealName,
                       String unitName, StampPlacement placement, Instant now, TimeStampAuthority timeStamps)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (placement.pageIndex() < 0 || placement.pageIndex() >= document.getNumberOfPages()) {
                throw new IllegalArgumentException("no page " + placement.pageIndex());
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(sealName);
            signature.setLocation(unitName);
            signature.setReason("用印");
            Calendar signDate = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            signDate.setTimeInMillis(now.toEpochMilli());
            signature.setSignDate(signDate);

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(sealPng));
            PDVisibleSignDesigner designer = new PDVisibleSignDesigner(document, image, placement.pageIndex() + 1);
            designer.xAxis((float) placement.xMm() * POINTS_PER_MM)
                    .yAxis((float) placement.yMm() * POINTS_PER_MM)
                    .width((float) placement.widthMm() * POINTS_PER_MM)
                    .height((float) placement.heightMm() * POINTS_PER_MM)
                    .adjustForRotation();
            PDVisibleSigProperties properties = new PDVisibleSigProperties()
                    .signerName(sealName).signerLocation(unitName).signatureReason("用印")
                    .page(placement.pageIndex() + 1).visualSignEnabled(true).setPdVisibleSignature(designer);
            properties.buildSignature();

            try (SignatureOptions options = new SignatureOptions()) {
                options.setVisualSignature(properties.getVisibleSignature());
                options.setPage(placement.pageIndex());
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                document.addSignature(signature, cms(key, chain, now, timeStamps), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        }
    }

    /**
     * The CMS signature in DER; its signing-time attribute is the application clock's time, not BouncyCastle's now, and
     * its signature value is time-stamped.
     */
    private static SignatureInterface cms(SealCrypto.Entry key, List<X509Certificate> chain, Instant now,
                                          TimeStampAuthority timeStamps) {
        return (InputStream content) -> {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                AttributeTable signingTime = new AttributeTable(new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(java.util.Date.from(now)))));
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().setProvider(SealCrypto.BC).build())
                        .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime))
                        .build(new JcaContentSignerBuilder(SealCrypto.pdfAlgorithm(key.key())).setProvider(SealCrypto.BC)
                                .build(key.key()), key.certificate()));
                generator.addCertificates(new JcaCertStore(chain));
                CMSTypedData data = new CMSProcessableByteArray(content.readAllBytes());
                return SignatureTimeStamps.add(generator.generate(data, false), timeStamps).getEncoded(ASN1Encoding.DER);
            } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                     | org.bouncycastle.cms.CMSException e) {
                throw new IOException("CMS signing failed", e);
            }
        };
    }

    /** Every signature of the PDF; throws IOException when the file is no PDF. */
    static List<SignatureReport> verify(byte[] pdf, SealTrust trust) throws IOException {
        List<SignatureReport> reports = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                reports.add(verifyOne(signature, pdf, trust));
            }
        }
        return reports;
    }

    private static SignatureReport verifyOne(PDSignature signature, byte[] pdf, SealTrust trust) {
        String name = signature.getName();
        String unit = signature.getLocation();
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        try {
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                    || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
                return new SignatureReport(null, name, unit, signedAt, null, false, false, "签名的字节范围不合规");
            }
            byte[] contents = signature.getContents(pdf);
            byte[] signed = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return new SignatureReport(null, name, unit, signedAt, null, false, false, "签名中没有签名者");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new SignatureReport(null, name, unit, signedAt, null, false, false, "签名中没有签名者证书");
            }
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(SealCrypto.BC)
                    .getCertificate(matches.iterator().next());
            String algorithm = new DefaultCMSSignatureAlgorithmNameGenerator()
                    .getSignatureName(signer.getDigestAlgorithmID(), signer.toASN1Structure().getDigestEncryptionAlgorithm());
            Instant cmsTime = signingTime(signer);
            if (cmsTime != null) {
                signedAt = cmsTime;
            }
            // the signature over the signed attributes, checked with the signer's certificate
            java.security.Signature verifier = java.security.Signature.getInstance(algorithm, SealCrypto.BC);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(signer.getEncodedSignedAttributes());
            boolean signatureValid = verifier.verify(signer.getSignature());
            // the signed content: its digest must be the one the signer signed
            boolean intact = false;
            Attribute digestAttribute = signer.getSignedAttributes() == null ? null
                    : signer.getSignedAttributes().get(CMSAttributes.messageDigest);
            if (digestAttribute != null) {
                String digestName = new DefaultAlgorithmNameFinder().getAlgorithmName(signer.getDigestAlgorithmID());
                byte[] actual = MessageDigest.getInstance(digestName, SealCrypto.BC).digest(signed);
                byte[] expected = ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets();
                intact = MessageDigest.isEqual(actual, expected);
            }
            SignatureTimeStamps.Checked timeStamp = SignatureTimeStamps.check(signer, trust);
            String problem = null;
            if (!signatureValid) {
                problem = "签名值与签名者证书不符";
            } else if (!intact) {
                problem = "文件在签名后被修改";
            } else if ((long) range[2] + range[3] < pdf.length) {
                problem = "签名后文件另有增量更新（签名覆盖的部分未变）";
            }
            String subject = SealCrypto.displayName(certificate);
            SignatureReport report = new SignatureReport(subject, name, unit, signedAt, timeStamp.time(), algorithm,
                    signatureValid, intact, problem, false);
            // whose signature it is: only a signature that matches its certificate is worth asking about; judged at
            // the time-stamp's time when there is one, the signer's own statement of the time otherwise
            Instant trustedTime = timeStamp.time() != null ? timeStamp.time() : signedAt;
            return signatureValid
                    ? SealTrust.apply(report, trust.pdf(certificate, trustedTime).and(timeStamp.problem()))
                    : report;
        } catch (Exception e) {
            log.info("verification: a PDF signature of {} is unreadable", name, e);
            return new SignatureReport(null, name, unit, signedAt, null, false, false, "签名无法读取");
        }
    }

    private static Instant signingTime(SignerInformation signer) {
        if (signer.getSignedAttributes() == null) {
            return null;
        }
        Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
        if (attribute == null) {
            return null;
        }
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<X509Certificate> chain(SealCrypto.Entry key, X509Certificate... more) {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(key.certificate());
        chain.addAll(Arrays.asList(more));
        return chain;
    }
}
