package org.zhengtong.seal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.gm.ses.v4.TBS_Sign;
import org.ofdrw.sign.ExtendSignatureContainer;

/**
 * ofdrw's SESV4Container, but the signing time (TBS_Sign timeInfo, the time verification shows) comes from the
 * application's clock instead of {@code new Date()}. ofdrw's OFDSigner still writes Signature.xml's
 * SignatureDateTime from its own {@code LocalDateTime.now()}; that one cannot be set.
 */
final class ClockedSesV4Container implements ExtendSignatureContainer {

    private final PrivateKey key;
    private final SESeal seal;
    private final X509Certificate certificate;
    private final Instant signingTime;
    private String signedFile;

    ClockedSesV4Container(PrivateKey key, SESeal seal, X509Certificate certificate, Instant signingTime) {
        this.key = key;
        this.seal = seal;
        this.certificate = certificate;
        this.signingTime = signingTime;
    }

    @Override
    public MessageDigest getDigestFnc() {
        try {
            return MessageDigest.getInstance("SM3", SealCrypto.BC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ASN1ObjectIdentifier getSignAlgOID() {
        return GMObjectIdentifiers.sm2sign_with_sm3;
    }

    @Override
    public byte[] sign(InputStream signatureXml, String propertyInfo) throws IOException, GeneralSecurityException {
        signedFile = propertyInfo;
        byte[] dataHash = getDigestFnc().digest(signatureXml.readAllBytes());
        TBS_Sign toSign = new TBS_Sign()
                .setVersion(SES_Header.V4)
                .setEseal(seal)
                .setTimeInfo(new ASN1GeneralizedTime(Date.from(signingTime), Locale.CHINA))
                .setDataHash(dataHash)
                .setPropertyInfo(propertyInfo);
        Signature signature = Signature.getInstance(SealCrypto.SM2_ALGORITHM, SealCrypto.BC);
        signature.initSign(key);
        signature.update(toSign.getEncoded("DER"));
        return new SES_Signature()
                .setToSign(toSign)
                .setCert(certificate)
                .setSignatureAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
                .setSignature(signature.sign())
                .getEncoded("DER");
    }

    /** The package path of the Signature.xml last signed (ofdrw passes it as the property info). */
    String signedFile() {
        return signedFile;
    }

    @Override
    public byte[] getSeal() throws IOException {
        return seal.getEncoded("DER");
    }

    @Override
    public SigType getSignType() {
        return SigType.Seal;
    }
}
