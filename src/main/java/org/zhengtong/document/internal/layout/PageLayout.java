package org.zhengtong.document.internal.layout;

import java.util.List;
import org.zhengtong.seal.Seals;

/**
 * A 公文 laid out on A4 pages: what each page draws, in millimetres from the page's top-left corner, and the area
 * the seal goes in (left empty). The PDF and the OFD are drawn from the same layout.
 */
public record PageLayout(List<Page> pages, Seals.StampPlacement seal) {

    public record Page(int index, List<Item> items) {
    }

    public sealed interface Item permits Text, Rule {
    }

    /**
     * A run of text in one font file.
     *
     * @param font     index into {@link LayoutFonts#files()}
     * @param face     the typeface the standard asks for (the font may be a fallback for some characters)
     * @param size     type size in points
     * @param x        left edge of the first character
     * @param baseline the baseline
     * @param advances each character's advance in millimetres (the text follows the 28-character grid)
     */
    public record Text(int font, Typeface face, double size, int[] rgb, double x, double baseline, String text,
                       double[] advances) implements Item {

        /** The same text on another baseline. */
        public Text at(double baseline) {
            return new Text(font, face, size, rgb, x, baseline, text, advances);
        }

        public double width() {
            double width = 0;
            for (double advance : advances) {
                width += advance;
            }
            return width;
        }
    }

    /** A horizontal rule: its left end, the y of its middle, its length and its weight. */
    public record Rule(double x, double y, double width, double weight, int[] rgb) implements Item {
    }
}
