package org.zhengtong.document.internal.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads back what a PDF draws, in millimetres from each page's top-left: every character (with its font and whether
 * the font has a glyph for it), every filled rectangle and every stroked horizontal line (with its colour; a line as
 * the rectangle its weight covers). For tests of the 公文 layout.
 */
public final class PdfProbe {

    public static final double PT = 25.4 / 72;

    public record Glyph(int page, String text, double x, double baseline, double size, double width, PDFont font,
                        boolean hasGlyph) {

        /** The top of the character's em box, with the layout's ascent. */
        public double top() {
            return baseline - Gbt9704.ASCENT * size * PT;
        }

        public double bottom() {
            return top() + size * PT;
        }

        public double right() {
            return x + width;
        }
    }

    public record Rect(int page, double x, double y, double width, double height, float[] rgb) {

        public boolean red() {
            return rgb.length == 3 && rgb[0] > 0.99 && rgb[1] < 0.01 && rgb[2] < 0.01;
        }
    }

    public final List<Glyph> glyphs = new ArrayList<>();
    public final List<Rect> rects = new ArrayList<>();
    /** Stroked horizontal lines, as drawn by LibreOffice for paragraph borders. */
    public final List<Rect> strokes = new ArrayList<>();
    public final List<double[]> pageSizes = new ArrayList<>();
    public final List<PDFont> fonts = new ArrayList<>();

    public static PdfProbe of(byte[] pdf) throws IOException {
        PdfProbe probe = new PdfProbe();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDFont font = text.getFont();
                    boolean has = true;
                    if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                        for (int code : text.getCharacterCodes()) {
                            try {
                                has &= cid.codeToGID(code) > 0;
                            } catch (IOException e) {
                                has = false;
                            }
                        }
                    }
                    probe.glyphs.add(new Glyph(getCurrentPageNo() - 1, text.getUnicode(), text.getXDirAdj() * PT,
                            text.getYDirAdj() * PT, text.getFontSizeInPt(), text.getWidthDirAdj() * PT, font, has));
                }
            }.getText(document);
            int index = 0;
            for (PDPage page : document.getPages()) {
                probe.pageSizes.add(new double[] {page.getMediaBox().getWidth() * PT,
                        page.getMediaBox().getHeight() * PT});
                for (COSName name : page.getResources().getFontNames()) {
                    probe.fonts.add(page.getResources().getFont(name));
                }
                probe.rectangles(page, index++);
            }
        }
        return probe;
    }

    private void rectangles(PDPage page, int index) throws IOException {
        double height = page.getMediaBox().getHeight();
        List<double[]> path = new ArrayList<>();
        List<double[]> segments = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private final java.awt.geom.Point2D.Float current = new java.awt.geom.Point2D.Float();

            @Override
            public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                                        java.awt.geom.Point2D p3) {
                double minX = Math.min(p0.getX(), p2.getX());
                double maxX = Math.max(p0.getX(), p2.getX());
                double minY = Math.min(p0.getY(), p2.getY());
                double maxY = Math.max(p0.getY(), p2.getY());
                path.add(new double[] {minX, minY, maxX, maxY});
            }

            @Override
            public void fillPath(int windingRule) throws IOException {
                float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
                for (double[] r : path) {
                    rects.add(new Rect(index, r[0] * PT, (height - r[3]) * PT, (r[2] - r[0]) * PT, (r[3] - r[1]) * PT,
                            rgb));
                }
                path.clear();
                segments.clear();
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
                current.setLocation(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                segments.add(new double[] {current.x, current.y, x, y});
                current.setLocation(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public java.awt.geom.Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                path.clear();
                segments.clear();
            }

            @Override
            public void strokePath() {
                float[] rgb = getGraphicsState().getStrokingColor().getComponents();
                double weight = getGraphicsState().getLineWidth()
                        * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY();
                for (double[] s : segments) {
                    if (Math.abs(s[1] - s[3]) < 0.01) {
                        strokes.add(new Rect(index, Math.min(s[0], s[2]) * PT, (height - s[1] - weight / 2) * PT,
                                Math.abs(s[2] - s[0]) * PT, weight * PT, rgb));
                    }
                }
                path.clear();
                segments.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        }.processPage(page);
    }

    public int pages() {
        return pageSizes.size();
    }

    public List<Glyph> on(int page) {
        return glyphs.stream().filter(g -> g.page() == page).toList();
    }

    /** The glyphs of the page grouped into lines (same baseline), top to bottom. */
    public List<List<Glyph>> lines(int page) {
        return on(page).stream().collect(Collectors.groupingBy(g -> Math.round(g.baseline() * 10),
                        java.util.TreeMap::new, Collectors.toList()))
                .values().stream().map(line -> line.stream().sorted(java.util.Comparator.comparingDouble(Glyph::x))
                        .toList()).toList();
    }

    public static String text(List<Glyph> line) {
        return line.stream().map(Glyph::text).collect(Collectors.joining());
    }

    /** The line (on the page) whose text contains the string. */
    public List<Glyph> line(int page, String containing) {
        return lines(page).stream().filter(l -> text(l).contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing + " on page " + page + ": "
                        + lines(page).stream().map(PdfProbe::text).toList()));
    }

    /** The glyphs of the string within the line. */
    public static List<Glyph> part(List<Glyph> line, String part) {
        String text = text(line);
        int at = text.indexOf(part);
        if (at < 0) {
            throw new AssertionError(part + " not in " + text);
        }
        // one glyph per char of the line's text (each TextPosition here is one character)
        return line.subList(at, at + part.length());
    }
}
