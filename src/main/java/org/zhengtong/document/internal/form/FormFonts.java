package org.zhengtong.document.internal.form;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Opens the configured fonts for one PDF, embedded as subsets (only the glyphs used). A missing or unusable font
 * file fails the form with a message naming the setting and the Debian package that provides the default.
 */
@Component
class FormFonts {

    private final FontProperties properties;

    FormFonts(FontProperties properties) {
        this.properties = properties;
    }

    /** The fonts, loaded into the document; close them after the document is saved (subsetting reads them). */
    Loaded load(PDDocument document) {
        Loaded loaded = new Loaded();
        try {
            TrueTypeFont song = loaded.open("zhengtong.fonts.song", properties.song(), "fonts-arphic-gbsn00lp");
            TrueTypeFont hei = loaded.open("zhengtong.fonts.hei", properties.hei(), "fonts-wqy-microhei");
            PDType0Font songFont = PDType0Font.load(document, song, true);
            PDType0Font heiFont = PDType0Font.load(document, hei, true);
            loaded.text = new Face(songFont, song, heiFont, hei);
            loaded.label = new Face(heiFont, hei, songFont, song);
            return loaded;
        } catch (IOException | RuntimeException e) {
            loaded.close();
            throw e instanceof IllegalStateException state ? state
                    : new IllegalStateException("Cannot embed the form fonts: " + e.getMessage(), e);
        }
    }

    /** The text face (宋, falling back to 黑) and the label face (黑, falling back to 宋) of one document. */
    static final class Loaded implements Closeable {

        private final List<Closeable> files = new ArrayList<>();
        private Face text;
        private Face label;

        Face text() {
            return text;
        }

        Face label() {
            return label;
        }

        private TrueTypeFont open(String setting, Path path, String debianPackage) throws IOException {
            if (path == null || !Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new IllegalStateException("The font for printed forms is missing: " + setting + " = " + path
                        + " is not a readable file. Install the Debian package " + debianPackage + " or set " + setting
                        + " to a TrueType font (.ttf, or a .ttc collection).");
            }
            TrueTypeFont font;
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                files.add(collection);
                List<TrueTypeFont> fonts = new ArrayList<>();
                collection.processAllFonts(fonts::add);
                if (fonts.isEmpty()) {
                    throw new IllegalStateException(setting + " = " + path + " holds no font.");
                }
                font = fonts.get(0);
            } else {
                font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
                files.add(font);
            }
            if (font.getGlyph() == null) {
                throw new IllegalStateException(setting + " = " + path + " has no TrueType outlines (glyf table): "
                        + "PDFBox cannot embed OpenType/CFF fonts. Use a TrueType font such as " + debianPackage + ".");
            }
            return font;
        }

        @Override
        public void close() {
            files.forEach(IOUtils::closeQuietly);
        }
    }
}
