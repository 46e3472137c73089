package org.zhengtong.seal.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;

/** Unsigned PDF and OFD files made in the test, and ways to tamper with them. */
final class SealTestFiles {

    static final String PDF_TEXT = "Sealed text of ZhengTong";

    private SealTestFiles() {
    }

    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            // uncompressed, so a test can find the text in the file and change it
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(PDF_TEXT);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] ofd() throws IOException {
        Path file = Files.createTempFile("seal-test", ".ofd");
        try {
            try (OFDDoc doc = new OFDDoc(file)) {
                doc.add(new Paragraph("政通电子印章测试 Seal test", 5d));
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The file with the first occurrence of a text changed in one character. */
    static byte[] changeText(byte[] file, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= file.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (file[i + j] != needle[j]) {
                    continue outer;
                }
            }
            byte[] changed = file.clone();
            changed[i + 1] = (byte) (changed[i + 1] == 'X' ? 'Y' : 'X');
            return changed;
        }
        throw new AssertionError("text not in file: " + text);
    }

    /** The OFD package re-zipped with every page content changed a little. */
    static byte[] changeOfdContent(byte[] ofd) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean changed = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ofd));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith("Content.xml") && entry.getName().contains("Page")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String altered = xml.replaceFirst("Seal test", "Seal_test");
                    if (altered.equals(xml)) {
                        altered = xml.replaceFirst("Boundary=\"", "Boundary=\"1 ");
                    }
                    bytes = altered.getBytes(StandardCharsets.UTF_8);
                    changed = true;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        if (!changed) {
            throw new AssertionError("no page content in the OFD");
        }
        return out.toByteArray();
    }
}
