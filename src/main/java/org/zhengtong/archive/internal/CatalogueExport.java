package org.zhengtong.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * 归档文件目录 of one class (DA/T 22-2015 §5.5 and 附录 B): 件号, 责任者, 文号, 题名, 日期 (eight digits, 20260105),
 * 页数, 密级, 备注 — as an Excel workbook and as a printable A4 landscape PDF with the archive's fonts.
 */
@Component
class CatalogueExport {

    static final String[] COLUMNS = {"件号", "责任者", "文号", "题名", "日期", "页数", "密级", "备注"};
    /** Column widths of the PDF in millimetres (A4 landscape, 267 mm between the margins). */
    private static final float[] WIDTHS_MM = {18, 40, 38, 99, 20, 12, 14, 26};
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final float POINTS_PER_MM = 72f / 25.4f;

    private final ArchiveFonts fonts;

    CatalogueExport(ArchiveFonts fonts) {
        this.fonts = fonts;
    }

    static List<String> row(ArchiveItem item, String remarks) {
        return List.of(item.itemNumberText(), orEmpty(item.getResponsibleParty()), orEmpty(item.getDocumentNumber()),
                item.getTitle(), item.getDocumentDate() == null ? "" : DATE.format(item.getDocumentDate()),
                item.getPageCount() == null ? "" : String.valueOf(item.getPageCount()),
                item.getClassification().classified() ? item.getClassification().label() : "",
                remarks);
    }

    byte[] xlsx(String heading, List<ArchiveItem> items, java.util.function.Function<ArchiveItem, String> remarks) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("归档文件目录");
            CellStyle title = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 14);
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = workbook.createCellStyle();
            cell.setBorderTop(BorderStyle.THIN);
            cell.setBorderBottom(BorderStyle.THIN);
            cell.setBorderLeft(BorderStyle.THIN);
            cell.setBorderRight(BorderStyle.THIN);
            cell.setVerticalAlignment(VerticalAlignment.CENTER);
            cell.setWrapText(true);
            Row top = sheet.createRow(0);
            Cell titleCell = top.createCell(0);
            titleCell.setCellValue(heading);
            titleCell.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            Row header = sheet.createRow(1);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(COLUMNS[i]);
                c.setCellStyle(cell);
                sheet.setColumnWidth(i, (int) (WIDTHS_MM[i] * 256 / 2.2));
            }
            int r = 2;
            for (ArchiveItem item : items) {
                Row row = sheet.createRow(r++);
                List<String> values = row(item, remarks.apply(item));
                for (int i = 0; i < values.size(); i++) {
                    Cell c = row.createCell(i);
                    c.setCellValue(values.get(i));
                    c.setCellStyle(cell);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(String heading, List<ArchiveItem> items, java.util.function.Function<ArchiveItem, String> remarks) {
        PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        float margin = 15 * POINTS_PER_MM;
        float size = 9f;
        float lineHeight = size * 1.4f;
        try (PDDocument document = new PDDocument(); ArchiveFonts.Loaded faces = fonts.load(document)) {
            List<List<String>> rows = new ArrayList<>();
            for (ArchiveItem item : items) {
                rows.add(row(item, remarks.apply(item)));
            }
            int index = 0;
            do {
                PDPage page = new PDPage(a4Landscape);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = a4Landscape.getHeight() - margin;
                    ArchiveFonts.Printable title = faces.printable(heading, faces.hei());
                    text(content, title, 14f, (a4Landscape.getWidth() - title.width(14f)) / 2, y - 14f);
                    y -= 30f;
                    y = drawRow(content, faces, List.of(COLUMNS), margin, y, size, lineHeight, faces.hei());
                    while (index < rows.size()) {
                        List<List<String>> lines = wrap(faces, rows.get(index), size);
                        float height = lines.stream().mapToInt(List::size).max().orElse(1) * lineHeight + 4f;
                        if (y - height < margin) {
                            break;
                        }
                        y = drawWrapped(content, faces, lines, margin, y, size, lineHeight, height);
                        index++;
                    }
                }
            } while (index < rows.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float drawRow(PDPageContentStream content, ArchiveFonts.Loaded faces, List<String> values, float x,
                          float y, float size, float lineHeight, org.apache.pdfbox.pdmodel.font.PDType0Font font)
            throws IOException {
        float height = lineHeight + 4f;
        float left = x;
        for (int i = 0; i < values.size(); i++) {
            float width = WIDTHS_MM[i] * POINTS_PER_MM;
            content.addRect(left, y - height, width, height);
            ArchiveFonts.Printable text = faces.printable(values.get(i), font);
            text(content, text, size, left + (width - text.width(size)) / 2, y - lineHeight);
            left += width;
        }
        content.stroke();
        return y - height;
    }

    private float drawWrapped(PDPageContentStream content, ArchiveFonts.Loaded faces, List<List<String>> cells,
                              float x, float y, float size, float lineHeight, float height) throws IOException {
        float left = x;
        for (int i = 0; i < cells.size(); i++) {
            float width = WIDTHS_MM[i] * POINTS_PER_MM;
            content.addRect(left, y - height, width, height);
            float lineY = y - lineHeight;
            for (String line : cells.get(i)) {
                text(content, faces.printable(line, faces.song()), size, left + 2f, lineY);
                lineY -= lineHeight;
            }
            left += width;
        }
        content.stroke();
        return y - height;
    }

    /** Each cell broken into lines that fit its column. */
    private static List<List<String>> wrap(ArchiveFonts.Loaded faces, List<String> values, float size) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            float available = WIDTHS_MM[i] * POINTS_PER_MM - 4f;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int cp : values.get(i).codePoints().toArray()) {
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && faces.printable(next, faces.song()).width(size) > available) {
                    lines.add(line.toString());
                    line = new StringBuilder(new String(Character.toChars(cp)));
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
            cells.add(lines);
        }
        return cells;
    }

    private static void text(PDPageContentStream content, ArchiveFonts.Printable text, float size, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(text.font(), size);
        content.newLineAtOffset(x, y);
        content.showText(text.text());
        content.endText();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
