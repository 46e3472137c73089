package org.zhengtong.archive.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.zhengtong.platform.FontProperties;
import org.zhengtong.platform.TrueTypeFonts;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The fonts of the 归档章 and the printed 归档文件目录: the same files as the printed forms ({@code zhengtong.fonts.song}
 * and {@code .hei}, TrueType only), embedded as subsets. Text a font cannot draw falls back to the other font,
 * then to "?".
 */
@Component
class ArchiveFonts {

    private final FontProperties paths;

    ArchiveFonts(FontProperties paths) {
        this.paths = paths;
    }

    Loaded load(PDDocument document) throws IOException {
        Loaded loaded = new Loaded();
        try {
            loaded.song = PDType0Font.load(document, loaded.open("zhengtong.fonts.song", paths.song()), true);
            loaded.hei = PDType0Font.load(document, loaded.open("zhengtong.fonts.hei", paths.hei()), true);
            return loaded;
        } catch (IOException | RuntimeException e) {
            loaded.close();
            throw e;
        }
    }

    static final class Loaded implements Closeable {

        private final List<Closeable> files = new ArrayList<>();
        private PDType0Font song;
        private PDType0Font hei;

        PDType0Font song() {
            return song;
        }

        PDType0Font hei() {
            return hei;
        }

        /** The first of the fonts that draws the whole text; with neither, the text with '?' for what song lacks. */
        Printable printable(String text, PDType0Font preferred) {
            String value = text == null ? "" : text;
            PDType0Font other = preferred == song ? hei : song;
            if (draws(preferred, value)) {
                return new Printable(preferred, value);
            }
            if (draws(other, value)) {
                return new Printable(other, value);
            }
            StringBuilder cleaned = new StringBuilder();
            value.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                cleaned.append(draws(preferred, one) ? one : "?");
            });
            return new Printable(preferred, cleaned.toString());
        }

        private static boolean draws(PDType0Font font, String text) {
            try {
                font.encode(text);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        private TrueTypeFont open(String setting, Path path) throws IOException {
            return TrueTypeFonts.open(setting, path, "Install the Debian packages fonts-arphic-gbsn00lp and "
                    + "fonts-wqy-microhei", files);
        }

        @Override
        public void close() {
            files.forEach(IOUtils::closeQuietly);
        }
    }

    record Printable(PDType0Font font, String text) {

        float width(float size) {
            try {
                return font.getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
