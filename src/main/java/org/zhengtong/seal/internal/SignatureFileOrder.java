package org.zhengtong.seal.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * GB/T 33190-2016 (Signature.xsd) puts a signature file's SignedInfo before its SignedValue; ofdrw-sign 2.3 writes
 * SignedValue first ({@code OFDSigner.buildSignature}, not configurable). The Signature.xml it wrote is rewritten in
 * the schema's order, and because the signature's data hash covers that file, its SignedValue.dat is signed again by
 * the same container; every other file of the package is copied unchanged (docs/adr/0004). A package already in
 * order is returned as it is.
 */
final class SignatureFileOrder {

    private SignatureFileOrder() {
    }

    static byte[] signedInfoFirst(byte[] ofd, ClockedSesV4Container container)
            throws IOException, GeneralSecurityException {
        String signatureFile = OfdPackage.strip(container.signedFile());
        Document xml = OfdPackage.parse(entry(ofd, signatureFile));
        Element root = xml.getDocumentElement();
        Element signedValue = child(root, "SignedValue");
        if ((child(root, "SignedInfo").compareDocumentPosition(signedValue) & Node.DOCUMENT_POSITION_FOLLOWING) != 0) {
            return ofd;
        }
        // the SignedValue moves to the end, after the SignedInfo (the only other child)
        root.removeChild(signedValue);
        root.appendChild(signedValue);
        byte[] rewritten = serialize(xml);
        byte[] value = container.sign(new ByteArrayInputStream(rewritten), container.signedFile());
        String valueFile = OfdPackage.resolve(signatureFile, signedValue.getTextContent());

        ByteArrayOutputStream out = new ByteArrayOutputStream(ofd.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ofd));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = OfdPackage.strip(entry.getName());
                byte[] content = name.equals(signatureFile) ? rewritten
                        : name.equals(valueFile) ? value : in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (OfdPackage.strip(entry.getName()).equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("ofdrw wrote no " + name);
    }

    private static Element child(Element parent, String localName) throws IOException {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new IOException("no " + localName + " in the signature file");
    }

    private static byte[] serialize(Document xml) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toByteArray();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the signature file", e);
        }
    }
}
