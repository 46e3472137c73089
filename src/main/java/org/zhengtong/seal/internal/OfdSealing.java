package org.zhengtong.seal.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.StandFormatAtomicSignID;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.zhengtong.seal.Seals.SignatureReport;
import org.zhengtong.seal.Seals.StampPlacement;

/**
 * OFD electronic seals per GB/T 38540 (SES V4, SM2 with SM3) through ofdrw-sign: the electronic seal (SESeal)
 * carries the seal image and the seal's certificate and is made (signed) by the local CA's SM2 key.
 */
final class OfdSealing {

    static final String ALGORITHM = "SM3withSM2 (GB/T 38540)";

    private OfdSealing() {
    }

    static SESeal electronicSeal(long sealId, String sealName, int kindCode, byte[] png, double diameterMm,
                                 LocalDate validFrom, LocalDate validTo, SealCrypto.Entry sealKey,
                                 SealCrypto.Entry maker, Instant now, ZoneId zone)
            throws IOException, GeneralSecurityException {
        ASN1EncodableVector certs = new ASN1EncodableVector(1);
        certs.add(new DEROctetString(sealKey.certificate().getEncoded()));
        SES_ESPropertyInfo property = new SES_ESPropertyInfo()
                .setType(new ASN1Integer(kindCode))
                .setName(new DERUTF8String(sealName))
                .setCertListType(SES_ESPropertyInfo.CertListType)
                .setCertList(SES_CertList.getInstance(SES_ESPropertyInfo.CertListType, new DERSequence(certs)))
                .setCreateDate(new ASN1GeneralizedTime(Date.from(now)))
                .setValidStart(new ASN1GeneralizedTime(Date.from(validFrom.atStartOfDay(zone).toInstant())))
                .setValidEnd(new ASN1GeneralizedTime(Date.from(validTo.plusDays(1).atStartOfDay(zone).toInstant())));
        long size = Math.round(diameterMm);
        SES_ESPictrueInfo picture = new SES_ESPictrueInfo().setType("PNG").setData(png).setWidth(size).setHeight(size);
        SES_SealInfo info = new SES_SealInfo()
                .setHeader(new SES_Header(SES_Header.V4, new DERIA5String("ZhengTong")))
                .setEsID(new DERIA5String("ZT" + sealId))
                .setProperty(property)
                .setPicture(picture);
        Signature signature = Signature.getInstance(SealCrypto.SM2_ALGORITHM, SealCrypto.BC);
        signature.initSign(maker.key());
        signature.update(info.getEncoded("DER"));
        return new SESeal()
                .seteSealInfo(info)
                .setCert(maker.certificate())
                .setSignAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
                .setSignedValue(signature.sign());
    }

    static byte[] sign(byte[] ofd, SealCrypto.Entry sealKey, SESeal electronicSeal, StampPlacement placement,
                       Instant now) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ofd.length + 60_000);
        ClockedSesV4Container container = new ClockedSesV4Container(sealKey.key(), electronicSeal,
                sealKey.certificate(), now);
        // "sNNN" identifiers: GB/T 33190 types the signature IDs and MaxSignId xs:ID, which cannot start with a digit
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
             OFDSigner signer = new OFDSigner(reader, out, new StandFormatAtomicSignID())) {
            signer.setSignMode(SignMode.ContinueSign);
            signer.setSignContainer(container);
            signer.addApPos(new NormalStampPos(placement.pageIndex() + 1, placement.xMm(), placement.yMm(),
                    placement.widthMm(), placement.heightMm()));
            signer.exeSign();
        } catch (org.ofdrw.sign.SignatureTerminateException e) {
            throw new IOException("the OFD cannot be signed", e);
        }
        return SignatureFileOrder.signedInfoFirst(out.toByteArray(), container);
    }

    /**
     * Every SES signature of the OFD. ofdrw-gm 2.3.x reads SES structures with BouncyCastle calls that changed in the
     * jdk18on line ({@code DERIA5String.getInstance}), so its OFDValidator fails at run time next to bcprov 1.82;
     * the checks are done here instead, by GB/T 38540 and GB/T 33190: each referenced file's digest, the data hash
     * (SM3 of Signature.xml), the SM2 signature over TBS_Sign and the seal maker's signature over the seal.
     */
    static List<SignatureReport> verify(byte[] ofd, SealTrust trust) throws IOException {
        java.util.Map<String, byte[]> files = OfdPackage.read(ofd);
        if (!files.containsKey("OFD.xml")) {
            throw new IOException("not an OFD package");
        }
        List<SignatureReport> reports = new ArrayList<>();
        for (String name : files.keySet()) {
            if (name.endsWith("/Signature.xml") || name.equals("Signature.xml")) {
                reports.add(OfdPackage.verifySignature(files, name, trust));
            }
        }
        return reports;
    }
}
