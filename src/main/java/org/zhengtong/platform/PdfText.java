package org.zhengtong.platform;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Text on a PDFBox page in an embedded face (see {@link TrueTypeFonts}): whether it draws, how wide, and drawing it. */
public final class PdfText {

    private PdfText() {
    }

    /** Whether the face has a glyph for every character of the text. */
    public static boolean draws(PDType0Font font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The text's width in points; a text the face cannot measure counts a full em per character. */
    public static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size;
        }
    }

    /**
     * The text as the face draws it: '?' for each character it lacks, tabs and carriage returns as spaces, line breaks
     * kept.
     */
    public static String printable(PDType0Font font, String text) {
        StringBuilder cleaned = new StringBuilder();
        text.replace('\t', ' ').replace('\r', ' ').codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            cleaned.append(cp == '\n' || draws(font, one) ? one : "?");
        });
        return cleaned.toString();
    }

    /** One line of text with its baseline starting at (x, y); nothing for an empty text. */
    public static void show(PDPageContentStream content, PDType0Font font, String text, float size, float x, float y)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
