package org.zhengtong.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Text split into words by the Chinese word segmenter the search index uses (smartcn), for comparing texts word by
 * word. Nothing is lost: joined again the pieces give the text, and what lies between words (spaces, punctuation,
 * line breaks) comes one character per piece.
 */
public final class Words {

    /** Without stop words, so every word is a token; analyzers are safe to share between threads. */
    private static final Analyzer SEGMENTER = new SmartChineseAnalyzer(false);

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        try (TokenStream tokens = SEGMENTER.tokenStream("", text)) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (offset.startOffset() < at) {
                    continue;
                }
                addCharacters(pieces, text.substring(at, offset.startOffset()));
                pieces.add(text.substring(offset.startOffset(), offset.endOffset()));
                at = offset.endOffset();
            }
            tokens.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        addCharacters(pieces, text.substring(at));
        return pieces;
    }

    /** Code points, so characters outside the basic plane are never split. */
    private static void addCharacters(List<String> pieces, String between) {
        between.codePoints().forEach(c -> pieces.add(Character.toString(c)));
    }
}
