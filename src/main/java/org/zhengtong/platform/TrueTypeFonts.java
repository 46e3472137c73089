package org.zhengtong.platform;

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
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Opens the configured font files that the printed outputs embed (办文单, the red-header 公文, the 归档章 and the
 * catalogue). PDFBox embeds TrueType outlines only, so a file without a glyf table is refused with a message naming
 * the setting, rather than producing a PDF with empty boxes.
 */
public final class TrueTypeFonts {

    /** What to install for the default {@code zhengtong.fonts.song} and {@code zhengtong.fonts.hei}. */
    public static final String DEBIAN_PACKAGES = "Install the Debian packages fonts-arphic-gbsn00lp and fonts-wqy-microhei";

    private TrueTypeFonts() {
    }

    /**
     * @param setting  the property that names the file, for the message
     * @param path     a .ttf file, or a .ttc collection whose first font is used
     * @param remedy   what to install or set when the file is missing
     * @param opened   collects what must be closed after the PDF is saved (subsetting reads the file)
     */
    public static TrueTypeFont open(String setting, Path path, String remedy, List<Closeable> opened) throws IOException {
        if (path == null || !Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalStateException("A font is missing: " + setting + " = " + path + " is not a readable file. "
                    + remedy + ", or set " + setting + " to a TrueType font (.ttf, or a .ttc collection).");
        }
        TrueTypeFont font;
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            opened.add(collection);
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            if (fonts.isEmpty()) {
                throw new IllegalStateException(setting + " = " + path + " holds no font.");
            }
            font = fonts.get(0);
        } else {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            opened.add(font);
        }
        if (font.getGlyph() == null) {
            throw new IllegalStateException(setting + " = " + path + " has no TrueType outlines (glyf table): "
                    + "OpenType/CFF fonts cannot be embedded. Use a TrueType font.");
        }
        return font;
    }
}
