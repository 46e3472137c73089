package org.zhengtong.chronicle.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.RichText;
import org.zhengtong.platform.TextPdf;

/**
 * A chronicle printed: the heading 「单位大事记（2026年）」 (or the period), then the entries by date under their month,
 * each with its day, category and title and its text below — as PDF (the kernel's 黑体 and 宋体) and as Word (DOCX).
 * Always Chinese, as the record is.
 */
@Component
class ChronicleExport {

    private final TextPdf pdf;

    ChronicleExport(TextPdf pdf) {
        this.pdf = pdf;
    }

    /** 「市财政局大事记（2026年）」, or with the period's days when it is not one calendar year. */
    static String heading(String owner, ChronicleService.Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        boolean wholeYear = from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
        return owner + "大事记（" + (wholeYear ? from.getYear() + "年" : day(from) + "—" + day(to)) + "）";
    }

    byte[] pdf(String heading, List<ChronicleEntry> entries, Map<Long, String> units) {
        List<String> lines = new ArrayList<>();
        byMonth(entries).forEach((month, list) -> {
            lines.add("");
            lines.add(month);
            for (ChronicleEntry e : list) {
                lines.add(line(e, units));
                String text = RichText.text(e.getContent()).strip();
                if (!text.isEmpty()) {
                    lines.add("　　" + text);
                }
            }
        });
        return pdf.render(heading, lines);
    }

    byte[] docx(String heading, List<ChronicleEntry> entries, Map<Long, String> units) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, heading, "黑体", 22, true);
            byMonth(entries).forEach((month, list) -> {
                run(document.createParagraph(), month, "黑体", 16, true);
                for (ChronicleEntry e : list) {
                    run(document.createParagraph(), line(e, units), "宋体", 14, true);
                    String text = RichText.text(e.getContent()).strip();
                    if (!text.isEmpty()) {
                        XWPFParagraph body = document.createParagraph();
                        body.setFirstLineIndent(560);
                        run(body, text, "宋体", 14, false);
                    }
                }
            });
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    /** "3月12日　【会议】title（市财政局）": the unit named only in the city's chronicle ({@code units} not empty). */
    private static String line(ChronicleEntry e, Map<Long, String> units) {
        String unit = units.get(e.getUnitId());
        return e.getEventDate().getMonthValue() + "月" + e.getEventDate().getDayOfMonth() + "日　【"
                + e.getCategory().label() + "】" + e.getTitle() + (unit == null ? "" : "（" + unit + "）");
    }

    private static Map<String, List<ChronicleEntry>> byMonth(List<ChronicleEntry> entries) {
        Map<LocalDate, List<ChronicleEntry>> months = new TreeMap<>();
        for (ChronicleEntry e : entries) {
            months.computeIfAbsent(e.getEventDate().withDayOfMonth(1), m -> new ArrayList<>()).add(e);
        }
        boolean severalYears = months.keySet().stream().map(LocalDate::getYear).distinct().count() > 1;
        Map<String, List<ChronicleEntry>> named = new java.util.LinkedHashMap<>();
        months.forEach((month, list) -> named.put(
                (severalYears ? month.getYear() + "年" : "") + month.getMonthValue() + "月", list));
        return named;
    }

    private static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
