package org.zhengtong.platform;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * A printed form as modules file or hand out (会议纪要, 信访登记表, 答复意见书 …): A4 pages with the title in 黑体 and the
 * lines below it in 宋体 ({@code zhengtong.fonts.hei}, {@code zhengtong.fonts.song}), wrapped to the width; a character
 * neither font draws is printed as '?'.
 */
@Component
public class TextPdf {

    private static final float MARGIN = 72f;
    private static final float SIZE = 12f;
    private static final float LINE = 20f;

    private final FontProperties fonts;

    TextPdf(FontProperties fonts) {
        this.fonts = fonts;
    }

    /** The title centred on the first page, then the lines (a line may hold several paragraphs). */
    public byte[] render(String title, List<String> lines) {
        PDRectangle a4 = PDRectangle.A4;
        float width = a4.getWidth() - 2 * MARGIN;
        try (PDDocument document = new PDDocument(); Fonts faces = fonts(document)) {
            PDType0Font hei = faces.hei();
            PDType0Font song = faces.song();
            List<String> body = new ArrayList<>();
            for (String line : lines) {
                body.addAll(PdfText.wrap(song, PdfText.printable(song, line), SIZE, width));
            }
            int next = 0;
            boolean first = true;
            do {
                PDPage page = new PDPage(a4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = a4.getHeight() - MARGIN;
                    if (first) {
                        for (String heading : PdfText.wrap(hei, PdfText.printable(hei, title), SIZE, width)) {
                            float w = PdfText.width(hei, heading, 18f);
                            PdfText.show(content, hei, heading, 18f, (a4.getWidth() - w) / 2, y - 18f);
                            y -= 30f;
                        }
                        y -= 10f;
                        first = false;
                    }
                    while (next < body.size() && y - LINE > MARGIN) {
                        PdfText.show(content, song, body.get(next++), SIZE, MARGIN, y - SIZE);
                        y -= LINE;
                    }
                }
            } while (next < body.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 黑体 and 宋体 embedded (as the subsets used) in a document a module lays out itself, as this class does its
     * forms; close them after the document is saved: closing releases the font files.
     */
    public Fonts fonts(PDDocument document) throws IOException {
        return new Fonts(document, fonts);
    }

    /** The two faces of a document being written, and the font files they are read from. */
    public static final class Fonts implements Closeable {

        private final List<Closeable> files = new ArrayList<>();
        private final PDType0Font hei;
        private final PDType0Font song;

        private Fonts(PDDocument document, FontProperties settings) throws IOException {
            try {
                hei = PDType0Font.load(document, TrueTypeFonts.open("zhengtong.fonts.hei", settings.hei(),
                        TrueTypeFonts.DEBIAN_PACKAGES, files), true);
                song = PDType0Font.load(document, TrueTypeFonts.open("zhengtong.fonts.song", settings.song(),
                        TrueTypeFonts.DEBIAN_PACKAGES, files), true);
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        public PDType0Font hei() {
            return hei;
        }

        public PDType0Font song() {
            return song;
        }

        @Override
        public void close() {
            for (Closeable file : files) {
                try {
                    file.close();
                } catch (IOException ignored) {
                    // read only, and the document is saved or given up
                }
            }
        }
    }
}
