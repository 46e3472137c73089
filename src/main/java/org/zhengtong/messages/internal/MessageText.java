package org.zhengtong.messages.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text as the pages show it: runs of plain text and http(s) addresses. The page writes each run as text
 * (th:text, or textContent in js/messages.js) and an address as a link opening in a new tab without access to this
 * page ({@code rel="noopener noreferrer"}); nothing a person typed ever becomes markup, and no other scheme
 * ({@code javascript:}, {@code data:}) becomes a link.
 */
public final class MessageText {

    /**
     * An address is printable ASCII (a Chinese character, white space, a quote or an angle bracket ends it), and gives
     * back trailing punctuation.
     */
    private static final Pattern LINK = Pattern.compile("https?://[\\x21-\\x7E&&[^<>\"'`]]+",
            Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}。，；：！？）】」";

    private MessageText() {
    }

    /** A run of the text: {@code href} is null for plain text. */
    public record Segment(String text, String href) {
    }

    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            int end = link.end();
            while (end > link.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end - link.start() <= "https://".length()) {
                continue;
            }
            if (link.start() > at) {
                segments.add(new Segment(text.substring(at, link.start()), null));
            }
            String address = text.substring(link.start(), end);
            segments.add(new Segment(address, address));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }

    /**
     * The text as it is kept: line ends as {@code \n}, without control characters other than line feeds and tabs
     * (a NUL is refused by PostgreSQL's text), without leading and trailing white space.
     */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(lines.length());
        lines.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }
}
