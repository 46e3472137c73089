package org.zhengtong.document.internal.layout;

import static org.zhengtong.document.internal.layout.Gbt9704.PAGE_HEIGHT;
import static org.zhengtong.document.internal.layout.Gbt9704.PAGE_WIDTH;
import static org.zhengtong.document.internal.layout.Gbt9704.mm;
import static org.zhengtong.document.internal.layout.Gbt9704.points;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Draws a {@link PageLayout} as PDF with PDFBox: A4 pages, the fonts embedded as subsets. */
public final class PdfWriter {

    private PdfWriter() {
    }

    public static byte[] write(PageLayout layout, LayoutFonts fonts, String title) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("ZhengTong");
            Map<Integer, PDType0Font> loaded = new HashMap<>();
            PDRectangle a4 = new PDRectangle((float) points(PAGE_WIDTH), (float) points(PAGE_HEIGHT));
            for (PageLayout.Page page : layout.pages()) {
                PDPage pdfPage = new PDPage(a4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    for (PageLayout.Item item : page.items()) {
                        if (item instanceof PageLayout.Rule rule) {
                            content.setNonStrokingColor(color(rule.rgb()));
                            content.addRect((float) points(rule.x()),
                                    (float) points(PAGE_HEIGHT - rule.y() - rule.weight() / 2),
                                    (float) points(rule.width()), (float) points(rule.weight()));
                            content.fill();
                        } else if (item instanceof PageLayout.Text text) {
                            PDType0Font font = loaded.computeIfAbsent(text.font(), i -> load(document, fonts, i));
                            content.beginText();
                            content.setFont(font, (float) text.size());
                            content.setNonStrokingColor(color(text.rgb()));
                            content.newLineAtOffset((float) points(text.x()),
                                    (float) points(PAGE_HEIGHT - text.baseline()));
                            content.showTextWithPositioning(positioned(text, fonts.files().get(text.font())));
                            content.endText();
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters with the adjustments that move each to its advance on the grid (thousandths of the size). */
    private static Object[] positioned(PageLayout.Text text, LayoutFonts.FontFile font) {
        List<Object> array = new ArrayList<>();
        int[] codePoints = text.text().codePoints().toArray();
        double sizeMm = mm(text.size());
        for (int i = 0; i < codePoints.length; i++) {
            array.add(new String(codePoints, i, 1));
            if (i < codePoints.length - 1) {
                double natural = font.advance(codePoints[i]) * sizeMm;
                array.add((float) (-(text.advances()[i] - natural) * 1000 / sizeMm));
            }
        }
        return array.toArray();
    }

    private static PDType0Font load(PDDocument document, LayoutFonts fonts, int index) {
        try {
            return PDType0Font.load(document, fonts.files().get(index).font(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Color color(int[] rgb) {
        return new Color(rgb[0], rgb[1], rgb[2]);
    }
}
