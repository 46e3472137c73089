package org.zhengtong.document.internal.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.zhengtong.search.Words;

/**
 * 痕迹保留: what changed between two body versions, as the reader sees it. The bodies are compared as text, one
 * line per paragraph; changed paragraphs are compared word by word, the words found by the search's Chinese
 * segmenter (Chinese has no spaces between words, and character by character "3000 → 2800" reads as noise). The result is plain text segments: the page escapes them and marks them with ins/del.
 */
public final class BodyDiff {

    /** Above this many characters a changed block is shown as removed and added lines: keeps the diff cheap. */
    static final int MAX_INLINE_BLOCK = 5_000;

    public enum Kind { SAME, INSERTED, DELETED }

    public record Segment(Kind kind, String text) {

        public boolean inserted() {
            return kind == Kind.INSERTED;
        }

        public boolean deleted() {
            return kind == Kind.DELETED;
        }
    }

    public record Line(List<Segment> segments) {

        public boolean changed() {
            return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
        }
    }

    private BodyDiff() {
    }

    static List<Line> between(String fromHtml, String toHtml) {
        List<String> from = paragraphs(fromHtml);
        List<String> to = paragraphs(toHtml);
        List<Line> lines = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            switch (delta.getType()) {
                case EQUAL -> removed.forEach(text -> lines.add(whole(Kind.SAME, text)));
                case DELETE -> removed.forEach(text -> lines.add(whole(Kind.DELETED, text)));
                case INSERT -> added.forEach(text -> lines.add(whole(Kind.INSERTED, text)));
                case CHANGE -> lines.addAll(changed(String.join("\n", removed), String.join("\n", added)));
            }
        }
        return lines;
    }

    /** The text of the body, one entry per paragraph (block element or line break), blank ones left out. */
    static List<String> paragraphs(String html) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Runnable endParagraph = () -> {
            String text = current.toString().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
            current.setLength(0);
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.text());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    endParagraph.run();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    endParagraph.run();
                }
            }
        }, Jsoup.parseBodyFragment(html == null ? "" : html).body());
        endParagraph.run();
        return paragraphs;
    }

    private static List<Line> changed(String removed, String added) {
        if (removed.length() + added.length() > MAX_INLINE_BLOCK) {
            List<Line> lines = new ArrayList<>();
            removed.lines().forEach(text -> lines.add(whole(Kind.DELETED, text)));
            added.lines().forEach(text -> lines.add(whole(Kind.INSERTED, text)));
            return lines;
        }
        LineBuilder lines = new LineBuilder();
        for (AbstractDelta<String> delta : DiffUtils.diff(Words.of(removed), Words.of(added), true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> lines.append(Kind.SAME, delta.getSource().getLines());
                case DELETE -> lines.append(Kind.DELETED, delta.getSource().getLines());
                case INSERT -> lines.append(Kind.INSERTED, delta.getTarget().getLines());
                case CHANGE -> {
                    lines.append(Kind.DELETED, delta.getSource().getLines());
                    lines.append(Kind.INSERTED, delta.getTarget().getLines());
                }
            }
        }
        return lines.finish();
    }

    private static Line whole(Kind kind, String text) {
        return new Line(List.of(new Segment(kind, text)));
    }

    /** Collects words into segments of one kind, starting a new line at each paragraph break. */
    private static final class LineBuilder {

        private final List<Line> lines = new ArrayList<>();
        private List<Segment> segments = new ArrayList<>();

        void append(Kind kind, List<String> words) {
            StringBuilder text = new StringBuilder();
            for (String word : words) {
                if (word.equals("\n")) {
                    add(kind, text);
                    endLine();
                } else {
                    text.append(word);
                }
            }
            add(kind, text);
        }

        List<Line> finish() {
            endLine();
            return lines;
        }

        private void add(Kind kind, StringBuilder text) {
            if (text.isEmpty()) {
                return;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).kind() == kind) {
                segments.set(last, new Segment(kind, segments.get(last).text() + text));
            } else {
                segments.add(new Segment(kind, text.toString()));
            }
            text.setLength(0);
        }

        private void endLine() {
            if (!segments.isEmpty()) {
                lines.add(new Line(segments));
                segments = new ArrayList<>();
            }
        }
    }
}
