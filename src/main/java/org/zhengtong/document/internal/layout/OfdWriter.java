package org.zhengtong.document.internal.layout;

import static org.zhengtong.document.internal.layout.Gbt9704.PAGE_HEIGHT;
import static org.zhengtong.document.internal.layout.Gbt9704.PAGE_WIDTH;
import static org.zhengtong.document.internal.layout.Gbt9704.mm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TTFSubsetter;

/**
 * Draws a {@link PageLayout} as OFD (GB/T 33190-2016): one document, A4 pages in millimetres, text objects at the
 * layout's absolute positions with each character's advance (DeltaX), rules as filled paths, and the fonts embedded
 * as TrueType subsets (only the characters used, so a 5 MB CJK font adds a few dozen kilobytes). The package is the
 * plain structure ofdrw reads and signs (OFD.xml, Doc_0/Document.xml, PublicRes.xml, Pages/Page_N/Content.xml, Res/).
 */
public final class OfdWriter {

    private static final String NS = "http://www.ofdspec.org/2016";

    private OfdWriter() {
    }

    public static byte[] write(PageLayout layout, LayoutFonts fonts, String title, LocalDate created) {
        // font ids first (1..n), then the pages and their objects
        Map<Integer, Set<Integer>> used = new TreeMap<>();
        for (PageLayout.Page page : layout.pages()) {
            for (PageLayout.Item item : page.items()) {
                if (item instanceof PageLayout.Text text) {
                    Set<Integer> chars = used.computeIfAbsent(text.font(), f -> new TreeSet<>());
                    text.text().codePoints().forEach(chars::add);
                }
            }
        }
        int[] nextId = {0};
        Map<Integer, Integer> fontIds = new TreeMap<>();
        used.keySet().forEach(font -> fontIds.put(font, ++nextId[0]));
        int[] pageIds = new int[layout.pages().size()];
        String[] contents = new String[layout.pages().size()];
        for (PageLayout.Page page : layout.pages()) {
            pageIds[page.index()] = ++nextId[0];
            contents[page.index()] = content(page, fontIds, nextId);
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "OFD.xml", xml("<ofd:OFD xmlns:ofd=\"" + NS + "\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
                    + "<ofd:DocInfo><ofd:DocID>" + UUID.randomUUID().toString().replace("-", "") + "</ofd:DocID>"
                    + "<ofd:Title>" + escape(title) + "</ofd:Title><ofd:CreationDate>" + created
                    + "</ofd:CreationDate><ofd:Creator>ZhengTong</ofd:Creator></ofd:DocInfo>"
                    + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"));
            StringBuilder document = new StringBuilder("<ofd:Document xmlns:ofd=\"" + NS + "\"><ofd:CommonData>")
                    .append("<ofd:MaxUnitID>").append(nextId[0]).append("</ofd:MaxUnitID>")
                    .append("<ofd:PageArea><ofd:PhysicalBox>0 0 ").append(num(PAGE_WIDTH)).append(' ')
                    .append(num(PAGE_HEIGHT)).append("</ofd:PhysicalBox></ofd:PageArea>")
                    .append("<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>");
            for (int i = 0; i < pageIds.length; i++) {
                document.append("<ofd:Page ID=\"").append(pageIds[i]).append("\" BaseLoc=\"Pages/Page_").append(i)
                        .append("/Content.xml\"/>");
            }
            put(zip, "Doc_0/Document.xml", xml(document.append("</ofd:Pages></ofd:Document>").toString()));
            StringBuilder res = new StringBuilder("<ofd:Res xmlns:ofd=\"" + NS + "\" BaseLoc=\"Res\"><ofd:Fonts>");
            for (Map.Entry<Integer, Integer> font : fontIds.entrySet()) {
                LayoutFonts.FontFile file = fonts.files().get(font.getKey());
                String name = file.postScriptName();
                String fileName = "font_" + font.getValue() + ".ttf";
                res.append("<ofd:Font ID=\"").append(font.getValue()).append("\" FontName=\"").append(escape(name))
                        .append("\" FamilyName=\"").append(escape(name)).append("\"><ofd:FontFile>").append(fileName)
                        .append("</ofd:FontFile></ofd:Font>");
                put(zip, "Doc_0/Res/" + fileName, subset(file, used.get(font.getKey())));
            }
            put(zip, "Doc_0/PublicRes.xml", xml(res.append("</ofd:Fonts></ofd:Res>").toString()));
            for (int i = 0; i < contents.length; i++) {
                put(zip, "Doc_0/Pages/Page_" + i + "/Content.xml", xml(contents[i]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String content(PageLayout.Page page, Map<Integer, Integer> fontIds, int[] nextId) {
        StringBuilder xml = new StringBuilder("<ofd:Page xmlns:ofd=\"" + NS + "\"><ofd:Content><ofd:Layer ID=\"")
                .append(++nextId[0]).append("\" Type=\"Body\">");
        for (PageLayout.Item item : page.items()) {
            if (item instanceof PageLayout.Text text) {
                double size = mm(text.size());
                double top = text.baseline() - size;
                xml.append("<ofd:TextObject ID=\"").append(++nextId[0]).append("\" Boundary=\"")
                        .append(num(text.x())).append(' ').append(num(top)).append(' ')
                        .append(num(text.width() + size)).append(' ').append(num(size * 1.3))
                        .append("\" Font=\"").append(fontIds.get(text.font())).append("\" Size=\"").append(num(size))
                        .append("\"><ofd:FillColor Value=\"").append(rgb(text.rgb())).append("\"/>")
                        .append("<ofd:TextCode X=\"0\" Y=\"").append(num(size)).append('"');
                if (text.advances().length > 1) {
                    xml.append(" DeltaX=\"");
                    for (int i = 0; i < text.advances().length - 1; i++) {
                        xml.append(i == 0 ? "" : " ").append(num(text.advances()[i]));
                    }
                    xml.append('"');
                }
                xml.append('>').append(escape(text.text())).append("</ofd:TextCode></ofd:TextObject>");
            } else if (item instanceof PageLayout.Rule rule) {
                xml.append("<ofd:PathObject ID=\"").append(++nextId[0]).append("\" Boundary=\"")
                        .append(num(rule.x())).append(' ').append(num(rule.y() - rule.weight() / 2)).append(' ')
                        .append(num(rule.width())).append(' ').append(num(rule.weight()))
                        .append("\" Stroke=\"false\" Fill=\"true\"><ofd:FillColor Value=\"").append(rgb(rule.rgb()))
                        .append("\"/><ofd:AbbreviatedData>M 0 0 L ").append(num(rule.width())).append(" 0 L ")
                        .append(num(rule.width())).append(' ').append(num(rule.weight())).append(" L 0 ")
                        .append(num(rule.weight())).append(" C</ofd:AbbreviatedData></ofd:PathObject>");
            }
        }
        return xml.append("</ofd:Layer></ofd:Content></ofd:Page>").toString();
    }

    private static byte[] subset(LayoutFonts.FontFile file, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(file.font());
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] xml(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body).getBytes(StandardCharsets.UTF_8);
    }

    private static String rgb(int[] rgb) {
        return rgb[0] + " " + rgb[1] + " " + rgb[2];
    }

    static String num(double value) {
        String s = String.format(Locale.ROOT, "%.3f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
