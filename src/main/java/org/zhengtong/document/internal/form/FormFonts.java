package org.zhengtong.document.internal.form;

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
            return TrueTypeFonts.open(setting, path, "Install the Debian package " + debianPackage, files);
        }

        @Override
        public void close() {
            files.forEach(IOUtils::closeQuietly);
        }
    }
}
