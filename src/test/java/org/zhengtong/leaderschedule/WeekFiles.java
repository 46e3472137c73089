package org.zhengtong.leaderschedule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengtong.OutsideTools;

/** The week's files read back as text. */
final class WeekFiles {

    private WeekFiles() {
    }

    /** PDFBox's text of the PDF, white space removed (lines break inside the cells). */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    /** poppler's pdftotext of the PDF, white space removed. */
    static String pdftotext(byte[] pdf) throws IOException {
        Path dir = Files.createTempDirectory("pdftotext");
        try {
            Path file = Files.write(dir.resolve("in.pdf"), pdf);
            OutsideTools.run(dir, "pdftotext", "-enc", "UTF-8", file.toString(), dir.resolve("out.txt").toString());
            return Files.readString(dir.resolve("out.txt")).replaceAll("\\s+", "");
        } finally {
            OutsideTools.delete(dir);
        }
    }

    /** Every cell of the workbook's first sheet, joined. */
    static String xlsxText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    text.append(cell.getStringCellValue()).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }
}
