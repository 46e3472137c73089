package org.zhengtong.seal.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zhengtong.seal.Seals.SignatureReport;
import org.zhengtong.seal.Seals.TooLargeToVerifyException;

/**
 * Reads an OFD package and checks one GB/T 38540 V4 electronic signature: the digests of the files its
 * Signature.xml references, the SM3 data hash of Signature.xml, the SM2 signature over TBS_Sign and the seal
 * maker's signature over the electronic seal.
 */
final class OfdPackage {

    private static final Logger log = LoggerFactory.getLogger(OfdPackage.class);

    /**
     * Limits against zip bombs, checked while unpacking so that no more than a little past them is ever held: the
     * files of a package, their unpacked bytes, and (past the first {@value #RATIO_GRACE_BYTES} bytes of a file)
     * unpacked bytes per packed byte — deflate reaches about 1000, real OFD content stays far below 100.
     */
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE_BYTES = 100 * 1024;

    private OfdPackage() {
    }

    /**
     * Entry name (without a leading slash) to content; IOException when it is no zip, TooLargeToVerifyException
     * as soon as the package goes past a limit.
     */
    static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        PackedInput packed = new PackedInput(zip);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(packed)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new TooLargeToVerifyException("more than " + MAX_ENTRIES + " files");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                long packedStart = packed.position();
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    content.write(buffer, 0, n);
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new TooLargeToVerifyException("unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                    }
                    long packedBytes = Math.max(1, packed.position() - packedStart);
                    if (content.size() > RATIO_GRACE_BYTES && content.size() / packedBytes > MAX_RATIO) {
                        throw new TooLargeToVerifyException(entry.getName() + " unpacks more than " + MAX_RATIO
                                + " times its packed size");
                    }
                }
                files.put(strip(entry.getName()), content.toByteArray());
            }
        }
        if (files.isEmpty()) {
            throw new IOException("empty or no zip");
        }
        return files;
    }

    /** The packed bytes, telling how far the unzipping has read (give or take its small read-ahead buffer). */
    private static final class PackedInput extends ByteArrayInputStream {

        PackedInput(byte[] bytes) {
            super(bytes);
        }

        long position() {
            return pos;
        }
    }

    static String strip(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n;
    }

    /** A path in an OFD file: absolute from the package root, or relative to the directory of the referring file. */
    static String resolve(String base, String location) {
        String loc = location.strip().replace('\\', '/');
        if (loc.startsWith("/")) {
            return strip(loc);
        }
        int slash = base.lastIndexOf('/');
        String dir = slash < 0 ? "" : base.substring(0, slash + 1);
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : (dir + loc).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    static SignatureReport verifySignature(Map<String, byte[]> files, String signatureXml, SealTrust trust) {
        try {
            Document xml = parse(files.get(signatureXml));
            // 1. the digests of the protected files
            boolean intact = true;
            String problem = null;
            NodeList referenceLists = xml.getElementsByTagNameNS("*", "References");
            if (referenceLists.getLength() == 0) {
                intact = false;
                problem = "签名未保护任何文件";
            }
            for (int i = 0; i < referenceLists.getLength(); i++) {
                Element references = (Element) referenceLists.item(i);
                String method = references.getAttribute("CheckMethod");
                NodeList list = references.getElementsByTagNameNS("*", "Reference");
                for (int j = 0; j < list.getLength(); j++) {
                    Element reference = (Element) list.item(j);
                    String file = resolve(signatureXml, reference.getAttribute("FileRef"));
                    NodeList values = reference.getElementsByTagNameNS("*", "CheckValue");
                    byte[] content = files.get(file);
                    if (content == null || values.getLength() == 0) {
                        intact = false;
                        problem = "被保护的文件缺失：" + file;
                        continue;
                    }
                    byte[] expected = Base64.getMimeDecoder().decode(values.item(0).getTextContent().strip());
                    if (!MessageDigest.isEqual(digest(method).digest(content), expected)) {
                        intact = false;
                        problem = "文件在签章后被修改：" + file;
                    }
                }
            }
            NodeList signedValues = xml.getElementsByTagNameNS("*", "SignedValue");
            if (signedValues.getLength() == 0) {
                return new SignatureReport(null, null, null, null, OfdSealing.ALGORITHM, false, false, "缺少签名值");
            }
            byte[] signedValue = files.get(resolve(signatureXml, signedValues.item(0).getTextContent()));
            if (signedValue == null) {
                return new SignatureReport(null, null, null, null, OfdSealing.ALGORITHM, false, false, "缺少签名值文件");
            }
            // 2. SES_Signature (V4): toSign, cert, signatureAlgID, signature [, timeStamp]
            ASN1Sequence signature = ASN1Sequence.getInstance(signedValue);
            ASN1Sequence toSign = ASN1Sequence.getInstance(signature.getObjectAt(0));
            X509Certificate certificate = certificate(ASN1OctetString.getInstance(signature.getObjectAt(1)).getOctets());
            ASN1ObjectIdentifier algorithm = ASN1ObjectIdentifier.getInstance(signature.getObjectAt(2));
            byte[] signatureValue = ASN1BitString.getInstance(signature.getObjectAt(3)).getOctets();
            // TBS_Sign: version, eseal, timeInfo, dataHash, propertyInfo [, extDatas]
            ASN1Sequence eseal = ASN1Sequence.getInstance(toSign.getObjectAt(1));
            Instant signedAt = ASN1GeneralizedTime.getInstance(toSign.getObjectAt(2)).getDate().toInstant();
            byte[] dataHash = ASN1BitString.getInstance(toSign.getObjectAt(3)).getOctets();
            // SESeal: esealInfo, cert, signAlgID, signedValue; SES_SealInfo: header, esID, property, picture [, ext]
            ASN1Sequence sealInfo = ASN1Sequence.getInstance(eseal.getObjectAt(0));
            ASN1Sequence property = ASN1Sequence.getInstance(sealInfo.getObjectAt(2));
            String sealName = text(property.getObjectAt(1));

            boolean hashMatches = MessageDigest.isEqual(
                    MessageDigest.getInstance("SM3", SealCrypto.BC).digest(files.get(signatureXml)), dataHash);
            boolean signatureValid = GMObjectIdentifiers.sm2sign_with_sm3.equals(algorithm)
                    && verify(certificate, toSign.getEncoded("DER"), signatureValue);
            // the electronic seal itself, made by the seal maker
            X509Certificate maker = certificate(ASN1OctetString.getInstance(eseal.getObjectAt(1)).getOctets());
            boolean sealValid = verify(maker, sealInfo.getEncoded("DER"),
                    ASN1BitString.getInstance(eseal.getObjectAt(3)).getOctets());
            if (!hashMatches) {
                intact = false;
                problem = "签名描述文件在签章后被修改";
            }
            if (!signatureValid) {
                problem = "签名值与签章人证书不符";
            } else if (!sealValid) {
                signatureValid = false;
                problem = "电子印章的制章签名无效";
            }
            SignatureReport report = new SignatureReport(SealCrypto.displayName(certificate), sealName,
                    organization(certificate), signedAt, OfdSealing.ALGORITHM, signatureValid, intact, problem);
            if (!signatureValid) {
                return report;
            }
            // the seal binds its signer: the signer's certificate must be in its list, the signing within its validity
            String sealProblem = null;
            if (!inCertList(property, certificate)) {
                sealProblem = "签章人证书不在电子印章的证书列表中";
            } else if (!withinSealValidity(property, signedAt)) {
                sealProblem = "签章时电子印章不在有效期内";
            }
            SealTrust.Verdict verdict = sealProblem != null ? SealTrust.Verdict.untrusted(sealProblem)
                    : trust.ofd(certificate, maker, text(sealInfo.getObjectAt(1)), signedAt);
            return SealTrust.apply(report, verdict);
        } catch (Exception e) {
            log.info("verification: an OFD signature is unreadable", e);
            return new SignatureReport(null, null, null, null, OfdSealing.ALGORITHM, false, false, "签章无法读取");
        }
    }

    /** SES_ESPropertyInfo V4: type, name, certListType, certList, createDate, validStart, validEnd. */
    private static boolean inCertList(ASN1Sequence property, X509Certificate certificate) {
        try {
            if (ASN1Integer.getInstance(property.getObjectAt(2)).intValueExact() != 1) {
                return false;
            }
            byte[] encoded = certificate.getEncoded();
            for (ASN1Encodable der : ASN1Sequence.getInstance(property.getObjectAt(3))) {
                if (java.util.Arrays.equals(ASN1OctetString.getInstance(der).getOctets(), encoded)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean withinSealValidity(ASN1Sequence property, Instant signedAt) {
        try {
            Instant start = ASN1GeneralizedTime.getInstance(property.getObjectAt(5)).getDate().toInstant();
            Instant end = ASN1GeneralizedTime.getInstance(property.getObjectAt(6)).getDate().toInstant();
            return !signedAt.isBefore(start) && signedAt.isBefore(end);
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean verify(X509Certificate certificate, byte[] data, byte[] value) {
        try {
            Signature verifier = Signature.getInstance(SealCrypto.SM2_ALGORITHM, SealCrypto.BC);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(value);
        } catch (Exception e) {
            return false;
        }
    }

    private static MessageDigest digest(String method) throws java.security.GeneralSecurityException {
        String m = method == null ? "" : method.strip();
        if (m.isEmpty() || m.equals("1.2.156.10197.1.401") || m.equalsIgnoreCase("SM3")) {
            return MessageDigest.getInstance("SM3", SealCrypto.BC);
        }
        if (m.equals("2.16.840.1.101.3.4.2.1") || m.equalsIgnoreCase("SHA256") || m.equalsIgnoreCase("SHA-256")) {
            return MessageDigest.getInstance("SHA-256");
        }
        throw new java.security.NoSuchAlgorithmException(m);
    }

    private static X509Certificate certificate(byte[] der) throws java.security.cert.CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509", SealCrypto.BC)
                .generateCertificate(new ByteArrayInputStream(der));
    }

    private static String text(ASN1Encodable value) {
        ASN1Primitive primitive = value.toASN1Primitive();
        return primitive instanceof ASN1String string ? string.getString() : primitive.toString();
    }

    private static String organization(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var rdns = name.getRDNs(BCStyle.O);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** A package's XML file, parsed without DTDs, entities or XInclude. */
    static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("not well-formed XML", e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
