package org.zhengtong.seal.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signature time-stamp of a CMS signature (RFC 3161 appendix A, the unsigned attribute
 * id-aa-signatureTimeStampToken): a time-stamping authority's token over the digest of the signature value, so the
 * time the signature existed at is vouched for by someone other than the signer.
 */
final class SignatureTimeStamps {

    private static final Logger log = LoggerFactory.getLogger(SignatureTimeStamps.class);

    /** What a signer's time-stamp says: none, a verified time, or what is wrong with it. */
    record Checked(Instant time, String problem) {

        static final Checked NONE = new Checked(null, null);
    }

    private SignatureTimeStamps() {
    }

    /** The signed data with the first signer's signature value time-stamped by the authority. */
    static CMSSignedData add(CMSSignedData signed, TimeStampAuthority authority) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = authority.timeStamp(sha256(signer.getSignature()));
        AttributeTable unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        return CMSSignedData.replaceSigners(signed,
                new SignerInformationStore(SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
    }

    /**
     * The signer's time-stamp checked: the token is signed by the certificate it carries, which is a time-stamping
     * certificate valid at the stamped time; the token is over this signature value; the authority is trusted.
     */
    static Checked check(SignerInformation signer, SealTrust trust) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Checked.NONE;
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
            if (matches.isEmpty()) {
                return new Checked(null, "时间戳中没有时间戳服务证书");
            }
            X509CertificateHolder holder = matches.iterator().next();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(SealCrypto.BC).build(holder));
            String digest = new DefaultAlgorithmNameFinder().getAlgorithmName(
                    token.getTimeStampInfo().getHashAlgorithm());
            byte[] imprint = MessageDigest.getInstance(digest, SealCrypto.BC).digest(signer.getSignature());
            if (!MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                return new Checked(null, "时间戳不是针对此签名的");
            }
            X509Certificate authority = new JcaX509CertificateConverter().setProvider(SealCrypto.BC).getCertificate(holder);
            if (!trust.timeStampAuthority(authority)) {
                return new Checked(null, "时间戳服务不受信任：" + SealCrypto.displayName(authority));
            }
            return new Checked(token.getTimeStampInfo().getGenTime().toInstant(), null);
        } catch (Exception e) {
            log.info("verification: a signature time-stamp is invalid", e);
            return new Checked(null, "时间戳无效");
        }
    }

    private static byte[] sha256(byte[] data) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
