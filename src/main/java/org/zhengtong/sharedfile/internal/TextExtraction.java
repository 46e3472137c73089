package org.zhengtong.sharedfile.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhengtong.platform.FileTypes;
import org.zhengtong.platform.ZipLimits;

/**
 * The text of an uploaded PDF (PDFBox), DOCX or XLSX (Apache POI) or OFD (ofdrw), for 综合检索: at most
 * {@link FileVersion#MAX_TEXT} characters. A zip container that would unpack to more than 64 MB, or to more than a
 * hundred times its size, is not opened at all ({@link ZipLimits}). A file that cannot be read yields no text, never a
 * refused upload: it is still kept and downloaded.
 */
final class TextExtraction {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);
    /** The zip containers, checked by {@link ZipLimits} before a reader unpacks them. */
    private static final Set<String> ZIPPED = Set.of("docx", "xlsx", "ofd");
    private static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

    private TextExtraction() {
    }

    static String text(String fileName, byte[] content) {
        String extension = FileTypes.extension(fileName);
        if (ZIPPED.contains(extension) && !ZipLimits.within(content, MAX_UNPACKED_BYTES)) {
            log.info("no text from {}: it unpacks beyond the limits (an inflation bomb?)", fileName);
            return null;
        }
        try {
            String text = switch (extension) {
                case "pdf" -> pdf(content);
                case "docx" -> docx(content);
                case "xlsx" -> xlsx(content);
                case "ofd" -> ofd(content);
                default -> null;
            };
            return text == null ? null : limited(text);
        } catch (IOException | RuntimeException e) {
            log.info("no text from {}: {}", fileName, e.toString());
            return null;
        }
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docx(byte[] content) throws IOException {
        try (InputStream in = new ByteArrayInputStream(content); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String xlsx(byte[] content) throws IOException {
        try (InputStream in = new ByteArrayInputStream(content); XSSFWorkbook workbook = new XSSFWorkbook(in);
             XSSFExcelExtractor extractor = new XSSFExcelExtractor(workbook)) {
            extractor.setFormulasNotResults(false);
            return extractor.getText();
        }
    }

    private static String ofd(byte[] content) throws IOException {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(content))) {
            return String.join("\n", new ContentExtractor(reader).extractAll());
        }
    }

    private static String limited(String text) {
        String cleaned = text.replace('\u0000', ' ').strip();
        return cleaned.length() > FileVersion.MAX_TEXT ? cleaned.substring(0, FileVersion.MAX_TEXT) : cleaned;
    }
}
