package org.zhengtong.document.internal.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A4 pages written top to bottom: the current page's content stream and how far down it is filled. Tables ask
 * for a new page when the next row does not fit; the page numbers go on every page at the end.
 */
final class FormCanvas {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 48f;
    static final float TOP = PAGE.getHeight() - MARGIN;
    static final float BOTTOM = 60f;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float FOOTER_BASELINE = 32f;
    /** Where the baseline sits below the top of a character's em box, for the CJK fonts of the form. */
    private static final float ASCENT = 0.88f;

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    FormCanvas(PDDocument document) {
        this.document = document;
    }

    void newPage() {
        closePage();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** How far down the current page is filled: the top of what comes next. */
    float y() {
        return y;
    }

    void moveDown(float height) {
        y -= height;
    }

    /** Space left on the current page above the footer. */
    float available() {
        return y - BOTTOM;
    }

    /** A line of text whose em box starts {@code top} points from the bottom of the page. */
    void text(Face face, float size, float x, float top, String printable) {
        try {
            content.beginText();
            content.newLineAtOffset(x, top - ASCENT * size);
            for (Face.Run run : face.runs(printable)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line centred on the page. */
    void centred(Face face, float size, float top, String printable) {
        text(face, size, MARGIN + (WIDTH - face.width(printable, size)) / 2, top, printable);
    }

    void fill(float x, float bottom, float width, float height, float gray) {
        try {
            content.setNonStrokingColor(gray);
            content.addRect(x, bottom, width, height);
            content.fill();
            content.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void frame(float x, float bottom, float width, float height, float lineWidth) {
        try {
            content.setLineWidth(lineWidth);
            content.addRect(x, bottom, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the last page and writes "page i of n" (a {@link MessageFormat} pattern) at the foot of every page. */
    void finish(Face face, float size, String pageNumberPattern) {
        closePage();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            String number = face.printable(MessageFormat.format(pageNumberPattern, i + 1, pages));
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = footer;
                centred(face, size, FOOTER_BASELINE + ASCENT * size, number);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                content = null;
            }
        }
    }

    private void closePage() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }
}
