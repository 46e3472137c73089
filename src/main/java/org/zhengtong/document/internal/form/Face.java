package org.zhengtong.document.internal.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A typeface of the form: an embedded font and a second one for the characters the first lacks (the 宋体 has only
 * GB 2312, the 黑体 a few thousand more). Characters neither has are printed as □ rather than failing the form.
 */
final class Face {

    /** A stretch of text drawn with one font. */
    record Run(PDType0Font font, String text) {
    }

    private final Font primary;
    private final Font fallback;
    private final int replacement;
    private final Map<Integer, Font> fontOf = new HashMap<>();

    Face(PDType0Font primary, TrueTypeFont primaryGlyphs, PDType0Font fallback, TrueTypeFont fallbackGlyphs) {
        this.primary = new Font(primary, primaryGlyphs);
        this.fallback = new Font(fallback, fallbackGlyphs);
        this.replacement = this.primary.has('□') || this.fallback.has('□') ? '□' : '?';
    }

    /** The text as it will be printed: characters without a glyph in either font replaced. */
    String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> printable.appendCodePoint(font(c) == null ? replacement : c));
        return printable.toString();
    }

    /** Width of a printable character at the size, in points. */
    float width(int codePoint, float size) {
        return font(codePoint).width(codePoint) * size / 1000f;
    }

    float width(String printable, float size) {
        return (float) printable.codePoints().mapToDouble(c -> width(c, size)).sum();
    }

    /** A printable line cut into runs by the font that draws them. */
    List<Run> runs(String printable) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Font current = null;
        for (int c : printable.codePoints().toArray()) {
            Font font = font(c);
            if (font != current && !run.isEmpty()) {
                runs.add(new Run(current.pdf, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(c);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(current.pdf, run.toString()));
        }
        return runs;
    }

    private Font font(int codePoint) {
        return fontOf.computeIfAbsent(codePoint, c -> primary.has(c) ? primary : fallback.has(c) ? fallback : null);
    }

    private static final class Font {

        private final PDType0Font pdf;
        private final TrueTypeFont glyphs;
        private final CmapLookup cmap;

        Font(PDType0Font pdf, TrueTypeFont glyphs) {
            this.pdf = pdf;
            this.glyphs = glyphs;
            try {
                this.cmap = glyphs.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** Advance width in thousandths of the font size, as the PDF font's widths give it. */
        float width(int codePoint) {
            try {
                return glyphs.getAdvanceWidth(cmap.getGlyphId(codePoint)) * 1000f / glyphs.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
