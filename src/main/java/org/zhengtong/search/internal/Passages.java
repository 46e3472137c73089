package org.zhengtong.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The passage of a hit's text shown under its title: about {@code length} characters from a little before the place
 * where the most of the searched words come together, each occurrence in {@code <mark>}, everything else
 * HTML-escaped. The words are the index's terms of the query, found in the stored text as plain text: no second
 * segmentation of every hit (which took most of a search's time), and a Chinese term is always a part of the text it
 * came from. Without any occurrence the passage is the text's beginning.
 */
final class Passages {

    private static final int LEAD = 20;

    private Passages() {
    }

    static String of(String text, Collection<String> words, int length) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // a character whose lower case is longer (İ) would shift every offset: then match the case as it is
        List<int[]> found = occurrences(lower.length() == text.length() ? lower : text, words);
        int start = found.isEmpty() ? 0 : Math.max(0, bestStart(found, length) - LEAD);
        int end = Math.min(text.length(), start + length);
        StringBuilder passage = new StringBuilder(length + 64);
        if (start > 0) {
            passage.append('…');
        }
        int at = start;
        for (int[] occurrence : found) {
            if (occurrence[1] <= at || occurrence[0] >= end) {
                continue;
            }
            int from = Math.max(occurrence[0], at);
            escape(text, at, from, passage);
            passage.append("<mark>");
            escape(text, from, Math.min(occurrence[1], end), passage);
            passage.append("</mark>");
            at = Math.min(occurrence[1], end);
        }
        escape(text, at, end, passage);
        if (end < text.length()) {
            passage.append('…');
        }
        return passage.toString();
    }

    /** Every occurrence of every word, ordered by start; overlapping ones merged. */
    private static List<int[]> occurrences(String lowerText, Collection<String> words) {
        List<int[]> all = new ArrayList<>();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) {
                continue;
            }
            for (int i = lowerText.indexOf(lower); i >= 0; i = lowerText.indexOf(lower, i + lower.length())) {
                all.add(new int[] {i, i + lower.length()});
            }
        }
        all.sort(Comparator.comparingInt(o -> o[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] occurrence : all) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && occurrence[0] <= last[1]) {
                last[1] = Math.max(last[1], occurrence[1]);
            } else {
                merged.add(occurrence);
            }
        }
        return merged;
    }

    /** Where a window of the length holds the most occurrences (the earliest such place). */
    private static int bestStart(List<int[]> found, int length) {
        int best = found.get(0)[0];
        int bestCount = 0;
        int last = 0;
        for (int first = 0; first < found.size(); first++) {
            last = Math.max(last, first);
            while (last + 1 < found.size() && found.get(last + 1)[1] <= found.get(first)[0] + length - LEAD) {
                last++;
            }
            if (last - first + 1 > bestCount) {
                bestCount = last - first + 1;
                best = found.get(first)[0];
            }
        }
        return best;
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
