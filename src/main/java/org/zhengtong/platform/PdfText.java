package org.zhengtong.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

    /** The text broken into lines no wider than {@code available} at the size: each paragraph ('\n') on new lines. */
    public static List<String> wrap(PDType0Font font, String text, float size, float available) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int cp : paragraph.codePoints().toArray()) {
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width(font, next, size) > available) {
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
}
