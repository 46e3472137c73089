package org.zhengtong.document.internal.layout;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.zhengtong.platform.FontProperties;
import org.zhengtong.platform.TrueTypeFonts;
import org.apache.pdfbox.io.IOUtils;

/**
 * The font files of one rendering, opened once each however many typefaces share them. A character the typeface's
 * own font lacks comes from the next configured font that has it (宋, 黑, 楷 …), glyph by glyph; one no font has is
 * printed as 〓 (the typesetter's mark for a missing character), never as an empty box.
 */
public final class LayoutFonts implements Closeable {

    /** One opened font file; {@code index} is its place in {@link #files()}. */
    public record FontFile(int index, Path path, TrueTypeFont font, CmapLookup cmap) {

        public boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** Advance width of the character in ems. */
        public double advance(int codePoint) {
            try {
                return font.getAdvanceWidth(cmap.getGlyphId(codePoint)) / (double) font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String postScriptName() {
            try {
                String name = font.getName();
                return name == null ? "Font" + index : name.replaceAll("[^A-Za-z0-9_-]", "");
            } catch (IOException e) {
                return "Font" + index;
            }
        }
    }

    private final List<Closeable> open = new ArrayList<>();
    private final List<FontFile> files = new ArrayList<>();
    private final Map<Typeface, List<FontFile>> chains = new EnumMap<>(Typeface.class);
    private final Map<Long, FontFile> resolved = new HashMap<>();
    private final int replacement;

    private LayoutFonts(FontProperties properties) throws IOException {
        Map<Path, FontFile> byPath = new LinkedHashMap<>();
        Map<Typeface, Path> paths = new EnumMap<>(Typeface.class);
        paths.put(Typeface.FANGSONG, properties.fangsong());
        paths.put(Typeface.XIAOBIAOSONG, properties.xiaobiaosong());
        paths.put(Typeface.KAI, properties.kai());
        paths.put(Typeface.HEI, properties.hei());
        paths.put(Typeface.SONG, properties.song());
        for (Map.Entry<Typeface, Path> entry : paths.entrySet()) {
            Path path = entry.getValue();
            if (path != null && !byPath.containsKey(path)) {
                byPath.put(path, open(setting(entry.getKey()), path, byPath.size()));
            }
        }
        files.addAll(byPath.values());
        for (Typeface face : Typeface.values()) {
            List<FontFile> chain = new ArrayList<>();
            FontFile own = byPath.get(paths.get(face));
            if (own != null) {
                chain.add(own);
            }
            // then 宋, 黑, 楷 … in the order configured
            for (Typeface other : List.of(Typeface.SONG, Typeface.FANGSONG, Typeface.HEI, Typeface.KAI,
                    Typeface.XIAOBIAOSONG)) {
                FontFile file = byPath.get(paths.get(other));
                if (file != null && !chain.contains(file)) {
                    chain.add(file);
                }
            }
            chains.put(face, chain);
        }
        this.replacement = files.stream().anyMatch(f -> f.has('〓')) ? '〓' : '?';
    }

    public static LayoutFonts open(FontProperties properties) {
        try {
            return new LayoutFonts(properties);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the fonts of the 公文: " + e.getMessage(), e);
        }
    }

    public List<FontFile> files() {
        return files;
    }

    /** The font that draws the character in the typeface, or null when no configured font has it. */
    public FontFile fontFor(Typeface face, int codePoint) {
        long key = ((long) face.ordinal() << 32) | codePoint;
        return resolved.computeIfAbsent(key, k -> chains.get(face).stream().filter(f -> f.has(codePoint)).findFirst()
                .orElse(null));
    }

    /** The text as it will be printed: characters no font has replaced by 〓, controls dropped. */
    public String printable(Typeface face, String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isISOControl(c))
                .forEach(c -> printable.appendCodePoint(fontFor(face, c) == null ? replacement : c));
        return printable.toString();
    }

    private static String setting(Typeface face) {
        return "zhengtong.fonts." + face.name().toLowerCase(Locale.ROOT);
    }

    private FontFile open(String setting, Path path, int index) throws IOException {
        TrueTypeFont font = TrueTypeFonts.open(setting, path, "Install the Debian packages fonts-arphic-gbsn00lp, "
                + "fonts-arphic-gkai00mp and fonts-wqy-microhei", open);
        return new FontFile(index, path, font, font.getUnicodeCmapLookup());
    }

    @Override
    public void close() {
        open.forEach(IOUtils::closeQuietly);
    }
}
