package org.zhengtong.journal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.PdfText;
import org.zhengtong.platform.TextPdf;

/**
 * An issue laid out as a 简报: the masthead (the publication's name large and red in 黑体, 第N期 and 总第N期, the
 * editing unit on the left and the date on the right above a red rule; the 密级 top left when classified), then each
 * article's title in 黑体 with its unit, and its paragraphs in 宋体, indented, over as many A4 pages as it takes.
 */
@Component
class IssueLayout {

    private static final float MARGIN = 72f;
    private static final float TEXT = 14f;
    private static final float LINE = 24f;
    private static final float[] RED = {0.8f, 0f, 0f};
    /** The elements a paragraph of rich text is; only the innermost count. */
    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, pre";

    /** What the masthead shows. */
    record Masthead(String publication, int year, int number, int totalNumber, String editingUnit, LocalDate date,
                    String classification) {
    }

    /** An article as printed: its title, its unit and its rich text. */
    record Piece(String title, String unit, String html) {
    }

    private final TextPdf pdf;

    IssueLayout(TextPdf pdf) {
        this.pdf = pdf;
    }

    byte[] render(Masthead masthead, List<Piece> pieces) {
        try (PDDocument document = new PDDocument(); TextPdf.Fonts fonts = pdf.fonts(document)) {
            Pages pages = new Pages(document, fonts);
            pages.masthead(masthead);
            for (Piece piece : pieces) {
                pages.article(piece);
            }
            pages.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs of the rich text (p, li, headings, table cells … as they read), blank ones left out. */
    static List<String> paragraphs(String html) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : Jsoup.parse(html == null ? "" : html).body().select(BLOCKS)) {
            if (block.select(BLOCKS).size() == 1) {
                String text = block.text().strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        if (paragraphs.isEmpty() && html != null) {
            String text = Jsoup.parse(html).text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    /** The pages being written, top to bottom. */
    private static final class Pages {

        private final PDDocument document;
        private final PDType0Font hei;
        private final PDType0Font song;
        private final PDRectangle a4 = PDRectangle.A4;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, TextPdf.Fonts fonts) throws IOException {
            this.document = document;
            this.hei = fonts.hei();
            this.song = fonts.song();
            newPage();
        }

        void masthead(Masthead m) throws IOException {
            if (m.classification() != null) {
                PdfText.show(content, hei, PdfText.printable(hei, m.classification()), TEXT, MARGIN, y - TEXT);
                y -= LINE;
            }
            y -= 20f;
            content.setNonStrokingColor(RED[0], RED[1], RED[2]);
            for (String line : PdfText.wrap(hei, PdfText.printable(hei, m.publication()), 44f, width)) {
                centred(hei, line, 44f);
                y -= 58f;
            }
            content.setNonStrokingColor(0f);
            String number = m.year() + "年第" + m.number() + "期" + (m.totalNumber() > 0
                    ? "（总第" + m.totalNumber() + "期）" : "");
            centred(song, number, 16f);
            y -= 40f;
            String unit = PdfText.printable(song, m.editingUnit());
            String day = m.date().getYear() + "年" + m.date().getMonthValue() + "月" + m.date().getDayOfMonth() + "日";
            PdfText.show(content, song, unit, TEXT, MARGIN, y - TEXT);
            PdfText.show(content, song, day, TEXT, a4.getWidth() - MARGIN - PdfText.width(song, day, TEXT), y - TEXT);
            y -= LINE;
            content.setStrokingColor(RED[0], RED[1], RED[2]);
            content.setLineWidth(2f);
            content.moveTo(MARGIN, y);
            content.lineTo(a4.getWidth() - MARGIN, y);
            content.stroke();
            content.setStrokingColor(0f);
            y -= 30f;
        }

        void article(Piece piece) throws IOException {
            room(3 * LINE);
            for (String line : PdfText.wrap(hei, PdfText.printable(hei, piece.title()), 18f, width)) {
                room(LINE + 6f);
                centred(hei, line, 18f);
                y -= LINE + 6f;
            }
            if (piece.unit() != null) {
                centred(song, "（" + PdfText.printable(song, piece.unit()) + "）", 12f);
                y -= LINE;
            }
            for (String paragraph : paragraphs(piece.html())) {
                for (String line : PdfText.wrap(song, "　　" + PdfText.printable(song, paragraph), TEXT, width)) {
                    room(LINE);
                    PdfText.show(content, song, line, TEXT, MARGIN, y - TEXT);
                    y -= LINE;
                }
            }
            y -= LINE;
        }

        void close() throws IOException {
            content.close();
        }

        private void centred(PDType0Font font, String line, float size) throws IOException {
            PdfText.show(content, font, line, size, (a4.getWidth() - PdfText.width(font, line, size)) / 2, y - size);
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(a4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = a4.getHeight() - MARGIN;
        }
    }
}
