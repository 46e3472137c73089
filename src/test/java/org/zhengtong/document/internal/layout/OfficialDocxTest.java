package org.zhengtong.document.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.zhengtong.document.internal.layout.PdfProbe.Glyph;

/**
 * The DOCX as a word processor sets it: converted to PDF by LibreOffice (once for the class, every document in one
 * run) and measured with the checks of the PDF output ({@link OfficialLayoutTest}): 22 lines of 28 characters, the
 * margins, the red line as wide as the 版心, the 签发人 one character in, the 署名 never without 正文. Skipped where
 * LibreOffice is not installed (.ci/run installs it). The XML itself: the grid and the schema's element order.
 */
class OfficialDocxTest {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final double LINE = 225.0 / 22;
    static final double CHAR = 156.0 / 28;
    /** CT_RPr's sequence (ECMA-376 Part 1, 17.3.2.28): the order a run's properties must come in. */
    static final List<String> RUN_PROPERTIES = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
            "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
            "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
            "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
            "specVanish", "oMath");
    /** Bodies of this many one-line paragraphs put the 署名 on every line of a page once. */
    static final int FEWEST_PARAGRAPHS = 10;
    static final int MOST_PARAGRAPHS = FEWEST_PARAGRAPHS + 22;

    static LayoutFonts fonts;
    static byte[] docx;
    /** The sample converted by LibreOffice; null without it. */
    static PdfProbe pdf;
    static final Map<Integer, PdfProbe> byParagraphs = new TreeMap<>();

    @BeforeAll
    static void convert(@TempDir Path directory) throws Exception {
        fonts = LayoutFonts.open(SampleDocuments.FONTS);
        docx = DocxWriter.write(SampleDocuments.request(), fonts);
        Optional<Path> office = libreOffice();
        if (office.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(office.get().toString(), "--headless",
                "-env:UserInstallation=" + directory.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir",
                directory.toString()));
        Files.write(directory.resolve("sample.docx"), docx);
        command.add(directory.resolve("sample.docx").toString());
        for (int paragraphs = FEWEST_PARAGRAPHS; paragraphs <= MOST_PARAGRAPHS; paragraphs++) {
            Path file = directory.resolve("body" + paragraphs + ".docx");
            Files.write(file, DocxWriter.write(SampleDocuments.notice(paragraphs), fonts));
            command.add(file.toString());
        }
        Path log = directory.resolve("libreoffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish converting within 5 minutes");
        }
        if (process.exitValue() != 0 || !Files.exists(directory.resolve("sample.pdf"))) {
            throw new IllegalStateException("LibreOffice did not convert the DOCX: " + Files.readString(log));
        }
        pdf = PdfProbe.of(Files.readAllBytes(directory.resolve("sample.pdf")));
        for (int paragraphs = FEWEST_PARAGRAPHS; paragraphs <= MOST_PARAGRAPHS; paragraphs++) {
            byParagraphs.put(paragraphs, PdfProbe.of(Files.readAllBytes(directory.resolve("body" + paragraphs
                    + ".pdf"))));
        }
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    @Test
    void everyRunsPropertiesComeInTheSchemasOrder() throws Exception {
        Map<String, byte[]> parts = OfficialFormatsTest.unzip(docx);
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (!part.getKey().startsWith("word/") || !part.getKey().endsWith(".xml")) {
                continue;
            }
            NodeList properties = OfficialFormatsTest.xml(part.getValue()).getElementsByTagNameNS(W, "rPr");
            for (int i = 0; i < properties.getLength(); i++) {
                List<String> children = children((Element) properties.item(i));
                assertThat(children).as("w:rPr in %s", part.getKey()).isNotEmpty()
                        .isSortedAccordingTo((a, b) -> Integer.compare(order(a), order(b)));
                checked.add(part.getKey());
            }
        }
        assertThat(checked).contains("word/document.xml", "word/styles.xml");
    }

    @Test
    void theDocumentGridHas22LinesOf28Characters() throws Exception {
        Document document = OfficialFormatsTest.xml(OfficialFormatsTest.unzip(docx).get("word/document.xml"));
        Element section = (Element) document.getElementsByTagNameNS(W, "sectPr").item(0);
        Element grid = (Element) section.getElementsByTagNameNS(W, "docGrid").item(0);
        Element size = (Element) section.getElementsByTagNameNS(W, "pgSz").item(0);
        Element margins = (Element) section.getElementsByTagNameNS(W, "pgMar").item(0);
        assertThat(grid.getAttributeNS(W, "type")).isEqualTo("linesAndChars");

        long height = twips(size, "h") - twips(margins, "top") - twips(margins, "bottom");
        long pitch = twips(grid, "linePitch");
        assertThat(height / pitch).isEqualTo(22);
        // a cell is the default size (3 号, from the styles) plus charSpace/4096 pt
        Element defaults = (Element) OfficialFormatsTest.xml(OfficialFormatsTest.unzip(docx).get("word/styles.xml"))
                .getElementsByTagNameNS(W, "rPrDefault").item(0);
        double defaultSize = twips((Element) defaults.getElementsByTagNameNS(W, "sz").item(0), "val") / 2.0;
        assertThat(defaultSize).isEqualTo(16);
        double cell = defaultSize + twips(grid, "charSpace") / 4096.0;
        double width = (twips(size, "w") - twips(margins, "left") - twips(margins, "right")) / 20.0;
        assertThat((int) Math.floor(width / cell)).isEqualTo(28);
    }

    @Test
    void aFullPageHas22LinesAtTheGridsPitchAnd28CharactersALine() {
        assumeLibreOffice();
        List<List<Glyph>> lines = bodyLines(pdf, 1);
        assertThat(lines).hasSize(22);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).get(0).baseline() - lines.get(i - 1).get(0).baseline()).isCloseTo(LINE,
                    within(0.05));
        }
        // lines of Chinese from margin to margin hold 28 characters, never more
        List<List<Glyph>> full = lines.stream().filter(l -> l.get(0).x() < 28.5 && l.get(l.size() - 1).right() > 183)
                .toList();
        assertThat(full).isNotEmpty().allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(28));
        assertThat(full).anySatisfy(line -> assertThat(line).hasSize(28));
    }

    @Test
    void theTextStaysInTheTypeAreaOf156By225MillimetresFrom28And37() {
        assumeLibreOffice();
        for (double[] size : pdf.pageSizes) {
            assertThat(size[0]).isCloseTo(210, within(0.2));
            assertThat(size[1]).isCloseTo(297, within(0.2));
        }
        List<List<Glyph>> lines = bodyLines(pdf, 1);
        // the first line's characters stand in the 版心's first line, the last line's in its last
        assertThat(lines.get(0).get(0).top()).isBetween(37.0, 37 + LINE);
        assertThat(lines.get(0).get(0).bottom()).isLessThanOrEqualTo(37 + LINE);
        assertThat(lines.get(21).get(0).bottom()).isBetween(262 - LINE, 262.0);
        assertThat(lines.stream().mapToDouble(l -> l.get(0).x()).min().orElseThrow()).isCloseTo(28, within(0.5));
        assertThat(lines.stream().mapToDouble(l -> l.get(l.size() - 1).right()).max().orElseThrow())
                .isCloseTo(184, within(1.0));
    }

    @Test
    void theRedLineUnderTheNumberIsAsWideAsTheTypeArea() {
        assumeLibreOffice();
        // 7.2.7: one red line (LibreOffice strokes the border twice), as wide as the 版心
        List<PdfProbe.Rect> red = pdf.strokes.stream().filter(PdfProbe.Rect::red).toList();
        assertThat(red).isNotEmpty().extracting(PdfProbe.Rect::y).containsOnly(red.get(0).y());
        PdfProbe.Rect line = red.get(0);
        assertThat(line.page()).isZero();
        assertThat(line.x()).isCloseTo(28, within(0.5));
        assertThat(line.x() + line.width()).isCloseTo(184, within(0.5));
        assertThat(line.width()).isCloseTo(156, within(0.5));
        // 4 mm below the number's line (its characters stand 1.2 mm above the foot of their exact line)
        Glyph number = PdfProbe.part(pdf.line(0, "财预〔2026〕12号"), "财").get(0);
        assertThat(line.y() + line.height() / 2 - number.bottom()).isBetween(3.5, 6.0);
    }

    @Test
    void theNumberAndTheSignerStandOneCharacterInFromEachSide() {
        assumeLibreOffice();
        // 7.2.6 上行文: the number 居左空一字, the 签发人 居右空一字
        List<Glyph> line = pdf.line(0, "财预〔2026〕12号");
        assertThat(PdfProbe.part(line, "财").get(0).x()).isCloseTo(28 + CHAR, within(0.5));
        List<Glyph> signer = PdfProbe.part(line, "签发人：张三");
        assertThat(signer.get(signer.size() - 1).right()).isCloseTo(184 - CHAR, within(0.5));
    }

    @Test
    void theSignatureNeverStandsOnAPageWithoutTheBody() {
        assumeLibreOffice();
        for (Map.Entry<Integer, PdfProbe> converted : byParagraphs.entrySet()) {
            PdfProbe probe = converted.getValue();
            List<List<Glyph>> above = null;
            for (int page = 0; page < probe.pages() && above == null; page++) {
                List<List<Glyph>> lines = bodyLines(probe, page);
                int signature = indexOf(lines, "市财政局");
                above = signature < 0 ? null : lines.subList(0, signature);
            }
            assertThat(above).as("%s paragraphs: 正文 above the 署名 on its page", converted.getKey()).isNotNull()
                    .anyMatch(l -> PdfProbe.text(l).contains("段"));
        }
    }

    private static List<List<Glyph>> bodyLines(PdfProbe probe, int page) {
        return probe.lines(page).stream().filter(l -> Math.abs(l.get(0).size() - 16) < 0.01).toList();
    }

    private static int indexOf(List<List<Glyph>> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (PdfProbe.text(lines.get(i)).equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> children(Element element) {
        List<String> names = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static int order(String runProperty) {
        int index = RUN_PROPERTIES.indexOf(runProperty);
        assertThat(index).as("w:%s is a run property", runProperty).isNotNegative();
        return index;
    }

    private static long twips(Element element, String attribute) {
        return Long.parseLong(element.getAttributeNS(W, attribute));
    }

    private static void assumeLibreOffice() {
        assumeTrue(pdf != null, "LibreOffice is not installed");
    }

    private static Optional<Path> libreOffice() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(directory -> Stream.of("soffice", "libreoffice").map(name -> Path.of(directory, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
