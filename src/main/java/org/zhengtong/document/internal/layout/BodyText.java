package org.zhengtong.document.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The 正文's paragraphs from the sanitized editor HTML: one paragraph per block (p, h1-h6, li, div, table row …),
 * a line break (br) also ends one; formatting is dropped, GB/T 9704 sets the faces. The level of each paragraph comes
 * from its 结构层次序数 (7.3.3): "一、" 1, "（一）" 2, "1." 3, "（1）" 4.
 */
public final class BodyText {

    private static final Pattern LEVEL_1 = Pattern.compile("^[一二三四五六七八九十百]+、.*");
    private static final Pattern LEVEL_2 = Pattern.compile("^[（(][一二三四五六七八九十百]+[）)].*");
    private static final Pattern LEVEL_3 = Pattern.compile("^\\d+[.．](?!\\d).*");
    private static final Pattern LEVEL_4 = Pattern.compile("^[（(]\\d+[）)].*");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div",
            "blockquote", "tr", "pre", "ul", "ol", "table", "tbody", "thead", "dl", "dt", "dd", "hr");

    private BodyText() {
    }

    public static List<OfficialText.Paragraph> paragraphs(String html) {
        List<OfficialText.Paragraph> paragraphs = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return paragraphs;
        }
        StringBuilder current = new StringBuilder();
        collect(Jsoup.parseBodyFragment(html).body(), current, paragraphs);
        flush(current, paragraphs);
        return paragraphs;
    }

    public static int level(String text) {
        if (LEVEL_1.matcher(text).matches()) {
            return 1;
        }
        if (LEVEL_2.matcher(text).matches()) {
            return 2;
        }
        if (LEVEL_4.matcher(text).matches()) {
            return 4;
        }
        return LEVEL_3.matcher(text).matches() ? 3 : 0;
    }

    private static void collect(Node node, StringBuilder current, List<OfficialText.Paragraph> paragraphs) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.text());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    flush(current, paragraphs);
                } else if (BLOCKS.contains(tag)) {
                    flush(current, paragraphs);
                    collect(element, current, paragraphs);
                    flush(current, paragraphs);
                } else {
                    if (tag.equals("td") || tag.equals("th")) {
                        current.append(' ');
                    }
                    collect(element, current, paragraphs);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<OfficialText.Paragraph> paragraphs) {
        String text = current.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        current.setLength(0);
        if (!text.isEmpty()) {
            paragraphs.add(new OfficialText.Paragraph(level(text), text));
        }
    }
}
