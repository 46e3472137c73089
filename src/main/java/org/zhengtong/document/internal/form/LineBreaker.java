package org.zhengtong.document.internal.form;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a width the way Chinese is set: a line may break between any two Chinese characters, and at spaces
 * inside Latin text; closing punctuation (，。）》…) never starts a line and opening punctuation (（《“…) never ends
 * one; a word longer than the line is cut. Line feeds in the text start new lines.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private LineBreaker() {
    }

    /** The lines of the text in the face and size, each at most {@code width} points wide. */
    static List<String> wrap(String text, Face face, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        String normalized = text.strip().replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ')
                .replaceAll("[\\p{Cntrl}&&[^\\n]]", "");
        for (String paragraph : normalized.split("\n")) {
            wrapParagraph(face.printable(paragraph.stripTrailing()), face, size, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, Face face, float size, float width, List<String> lines) {
        int[] chars = paragraph.codePoints().toArray();
        if (chars.length == 0) {
            lines.add("");
            return;
        }
        int start = 0;
        int lastBreak = -1;
        float used = 0;
        for (int i = 0; i < chars.length; i++) {
            if (i > start && breakable(chars, i)) {
                lastBreak = i;
            }
            float advance = face.width(chars[i], size);
            if (used + advance > width && i > start) {
                int end = lastBreak > start ? lastBreak : i;
                lines.add(new String(chars, start, end - start).stripTrailing());
                start = end;
                while (start < i && chars[start] == ' ') {
                    start++;
                }
                used = 0;
                lastBreak = -1;
                for (int j = start; j < i; j++) {
                    used += face.width(chars[j], size);
                }
                for (int j = start + 1; j <= i; j++) {
                    if (breakable(chars, j)) {
                        lastBreak = j;
                    }
                }
            }
            if (i == start && start > 0 && chars[i] == ' ') {
                // a continued line does not start with the space it broke at
                start++;
                continue;
            }
            used += advance;
        }
        if (start < chars.length) {
            lines.add(new String(chars, start, chars.length - start).stripTrailing());
        }
    }

    /** Whether a line may break before {@code chars[i]}. */
    private static boolean breakable(int[] chars, int i) {
        int before = chars[i - 1];
        int after = chars[i];
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        return before == ' ' || wide(before) || wide(after);
    }

    /** CJK characters and full-width forms: a line may break on either side of them. */
    private static boolean wide(int c) {
        return c >= 0x2E80 && !(c >= 0xFF61 && c <= 0xFFDC);
    }
}
