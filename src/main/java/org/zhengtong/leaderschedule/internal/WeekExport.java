package org.zhengtong.leaderschedule.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
import org.zhengtong.leaderschedule.internal.Views.CellEntry;
import org.zhengtong.leaderschedule.internal.Views.DayCells;
import org.zhengtong.leaderschedule.internal.Views.LeaderRow;
import org.zhengtong.leaderschedule.internal.Views.WeekTable;
import org.zhengtong.platform.FontProperties;
import org.zhengtong.platform.PdfText;
import org.zhengtong.platform.TrueTypeFonts;

/**
 * The printed 领导活动安排表 of a week: a row per leader, a column per day split into 上午 and 下午, each cell the
 * entries the reader may see — as an A4 landscape PDF with the 公文 fonts ({@code zhengtong.fonts.song} and
 * {@code .hei}, embedded as subsets) and as an Excel workbook. Always in Chinese: it is the unit's printed form.
 */
@Component
class WeekExport {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float MARGIN = 12 * POINTS_PER_MM;
    private static final float NAME_WIDTH = 22 * POINTS_PER_MM;
    private static final float HALF_WIDTH = 12 * POINTS_PER_MM;
    private static final float SIZE = 8f;
    private static final float LINE = SIZE * 1.35f;

    private final FontProperties fonts;

    WeekExport(FontProperties fonts) {
        this.fonts = fonts;
    }

    /** One entry as the cell says it: 09:00–10:30 市长办公会（市政府第一会议室；陪同：张三、李四）. */
    static String text(CellEntry e) {
        String when = switch (e.dayPart()) {
            case TIMED -> e.time() + " ";
            case ALL_DAY -> "全天 ";
            case MORNING, AFTERNOON -> "";
        };
        List<String> details = new ArrayList<>();
        if (e.place() != null && !e.place().isBlank()) {
            details.add(e.place());
        }
        if (e.companions() != null && !e.companions().isBlank()) {
            details.add("陪同：" + e.companions());
        }
        return when + e.activity() + (details.isEmpty() ? "" : "（" + String.join("；", details) + "）");
    }

    static String dayHeading(LocalDate day, int index) {
        return WEEKDAYS[index] + "（" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日）";
    }

    byte[] xlsx(WeekTable week) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("领导活动安排表");
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
            cell.setVerticalAlignment(VerticalAlignment.TOP);
            cell.setWrapText(true);
            CellStyle head = workbook.createCellStyle();
            head.cloneStyleFrom(cell);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);

            Row top = sheet.createRow(0);
            value(top, 0, week.title(), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
            Row header = sheet.createRow(1);
            value(header, 0, "领导", head);
            value(header, 1, "时段", head);
            for (int d = 0; d < 7; d++) {
                value(header, 2 + d, dayHeading(week.days().get(d), d), head);
            }
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 6 * 256);
            for (int d = 0; d < 7; d++) {
                sheet.setColumnWidth(2 + d, 24 * 256);
            }
            int r = 2;
            for (LeaderRow leader : week.rows()) {
                Row morning = sheet.createRow(r);
                Row afternoon = sheet.createRow(r + 1);
                value(morning, 0, leader.name(), head);
                value(afternoon, 0, "", head);
                sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
                value(morning, 1, "上午", head);
                value(afternoon, 1, "下午", head);
                for (int d = 0; d < 7; d++) {
                    DayCells day = leader.days().get(d);
                    value(morning, 2 + d, joined(day.morning()), cell);
                    value(afternoon, 2 + d, joined(day.afternoon()), cell);
                }
                r += 2;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(Row row, int column, String text, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static String joined(List<CellEntry> entries) {
        return String.join("\n", entries.stream().map(WeekExport::text).toList());
    }

    byte[] pdf(WeekTable week) {
        PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        float dayWidth = (a4Landscape.getWidth() - 2 * MARGIN - NAME_WIDTH - HALF_WIDTH) / 7;
        List<Closeable> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            Faces faces = new Faces(
                    PDType0Font.load(document, TrueTypeFonts.open("zhengtong.fonts.song", fonts.song(),
                            TrueTypeFonts.DEBIAN_PACKAGES, opened), true),
                    PDType0Font.load(document, TrueTypeFonts.open("zhengtong.fonts.hei", fonts.hei(),
                            TrueTypeFonts.DEBIAN_PACKAGES, opened), true));
            int index = 0;
            do {
                PDPage page = new PDPage(a4Landscape);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = a4Landscape.getHeight() - MARGIN;
                    String heading = faces.printable(week.title(), faces.hei);
                    float titleWidth = PdfText.width(faces.fontFor(week.title(), faces.hei), heading, 15f);
                    PdfText.show(content, faces.fontFor(week.title(), faces.hei), heading, 15f,
                            (a4Landscape.getWidth() - titleWidth) / 2, y - 15f);
                    y -= 30f;
                    // the header row
                    float height = LINE + 6f;
                    float x = MARGIN;
                    box(content, x, y, NAME_WIDTH, height);
                    centred(content, faces, "领导", x, y, NAME_WIDTH, height);
                    x += NAME_WIDTH;
                    box(content, x, y, HALF_WIDTH, height);
                    x += HALF_WIDTH;
                    for (int d = 0; d < 7; d++) {
                        box(content, x, y, dayWidth, height);
                        centred(content, faces, dayHeading(week.days().get(d), d), x, y, dayWidth, height);
                        x += dayWidth;
                    }
                    content.stroke();
                    y -= height;
                    int onPage = 0;
                    while (index < week.rows().size()) {
                        LeaderRow leader = week.rows().get(index);
                        List<List<String>> morning = new ArrayList<>();
                        List<List<String>> afternoon = new ArrayList<>();
                        for (DayCells day : leader.days()) {
                            morning.add(wrap(faces, joined(day.morning()), dayWidth - 4f));
                            afternoon.add(wrap(faces, joined(day.afternoon()), dayWidth - 4f));
                        }
                        float morningHeight = rowHeight(morning);
                        float afternoonHeight = rowHeight(afternoon);
                        if (y - morningHeight - afternoonHeight < MARGIN && onPage > 0) {
                            break;
                        }
                        box(content, MARGIN, y, NAME_WIDTH, morningHeight + afternoonHeight);
                        List<String> name = wrap(faces, leader.name(), NAME_WIDTH - 4f);
                        float nameY = y - (morningHeight + afternoonHeight - name.size() * LINE) / 2 - SIZE;
                        for (String line : name) {
                            PdfText.show(content, faces.fontFor(line, faces.hei), faces.printable(line, faces.hei),
                                    SIZE + 1, MARGIN + 2f, nameY);
                            nameY -= LINE;
                        }
                        halfRow(content, faces, "上午", morning, y, morningHeight, dayWidth);
                        halfRow(content, faces, "下午", afternoon, y - morningHeight, afternoonHeight, dayWidth);
                        content.stroke();
                        y -= morningHeight + afternoonHeight;
                        index++;
                        onPage++;
                    }
                }
            } while (index < week.rows().size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            opened.forEach(IOUtils::closeQuietly);
        }
    }

    private void halfRow(PDPageContentStream content, Faces faces, String label, List<List<String>> cells, float y,
                         float height, float dayWidth) throws IOException {
        float x = MARGIN + NAME_WIDTH;
        box(content, x, y, HALF_WIDTH, height);
        centred(content, faces, label, x, y, HALF_WIDTH, height);
        x += HALF_WIDTH;
        for (List<String> lines : cells) {
            box(content, x, y, dayWidth, height);
            float lineY = y - LINE;
            for (String line : lines) {
                PdfText.show(content, faces.fontFor(line, faces.song), faces.printable(line, faces.song), SIZE, x + 2f,
                        lineY);
                lineY -= LINE;
            }
            x += dayWidth;
        }
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(2, lines) * LINE + 4f;
    }

    private static void box(PDPageContentStream content, float x, float y, float width, float height)
            throws IOException {
        content.addRect(x, y - height, width, height);
    }

    private static void centred(PDPageContentStream content, Faces faces, String text, float x, float y, float width,
                                float height) throws IOException {
        PDType0Font font = faces.fontFor(text, faces.hei);
        String shown = faces.printable(text, faces.hei);
        float w = PdfText.width(font, shown, SIZE);
        PdfText.show(content, font, shown, SIZE, x + (width - w) / 2, y - height / 2 - SIZE / 3);
    }

    /** The text broken into lines that fit the width, at its own line breaks too. */
    private static List<String> wrap(Faces faces, String text, float available) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int cp : paragraph.codePoints().toArray()) {
                String next = line + new String(Character.toChars(cp));
                PDType0Font font = faces.fontFor(next, faces.song);
                if (line.length() > 0 && PdfText.width(font, faces.printable(next, faces.song), SIZE) > available) {
                    lines.add(line.toString());
                    line = new StringBuilder(new String(Character.toChars(cp)));
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The two faces; text a face cannot draw goes to the other, then to '?' for what neither draws. */
    private record Faces(PDType0Font song, PDType0Font hei) {

        PDType0Font fontFor(String text, PDType0Font preferred) {
            PDType0Font other = preferred == song ? hei : song;
            return PdfText.draws(preferred, text) || !PdfText.draws(other, text) ? preferred : other;
        }

        String printable(String text, PDType0Font preferred) {
            PDType0Font font = fontFor(text, preferred);
            if (PdfText.draws(font, text)) {
                return text;
            }
            StringBuilder cleaned = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                cleaned.append(PdfText.draws(font, one) ? one : "?");
            });
            return cleaned.toString();
        }
    }
}
