package org.zhengtong.platform;

import java.util.Locale;

/**
 * Search text typed by a user, turned into a LIKE pattern that takes % and _ literally (escape character: backslash,
 * so queries say {@code like :pattern escape '\\'}).
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** A pattern matching values that contain the text, or null when the text is blank (no filter). */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Like {@link #containing(String)}, in lower case, for comparison with {@code lower(column)}. */
    public static String containingIgnoreCase(String text) {
        String pattern = containing(text);
        return pattern == null ? null : pattern.toLowerCase(Locale.ROOT);
    }
}
