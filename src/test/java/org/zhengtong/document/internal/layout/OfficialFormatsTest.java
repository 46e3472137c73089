package org.zhengtong.document.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The OFD and the DOCX of the same 公文 carry what the PDF carries, where the PDF has it. */
class OfficialFormatsTest {

    static final String NS = "http://www.ofdspec.org/2016";

    static LayoutFonts fonts;
    static PageLayout layout;
    static PdfProbe pdf;
    static Map<String, byte[]> ofd;

    @BeforeAll
    static void render() throws IOException {
        fonts = LayoutFonts.open(SampleDocuments.FONTS);
        layout = OfficialLayout.layout(SampleDocuments.request(), fonts);
        pdf = PdfProbe.of(PdfWriter.write(layout, fonts, "sample"));
        ofd = unzip(OfdWriter.write(layout, fonts, "sample", LocalDate.of(2026, 11, 26)));
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    @Test
    void theOfdHasThePdfsPagesOnA4() throws Exception {
        assertThat(ofd).containsKeys("OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml");
        Document document = xml(ofd.get("Doc_0/Document.xml"));
        assertThat(document.getElementsByTagNameNS(NS, "PhysicalBox").item(0).getTextContent()).isEqualTo("0 0 210 297");
        NodeList pages = document.getElementsByTagNameNS(NS, "Page");
        assertThat(pages.getLength()).isEqualTo(pdf.pages());
        for (int i = 0; i < pages.getLength(); i++) {
            String content = "Doc_0/" + ((Element) pages.item(i)).getAttribute("BaseLoc");
            assertThat(ofd).containsKey(content);
        }
        Document root = xml(ofd.get("OFD.xml"));
        assertThat(root.getElementsByTagNameNS(NS, "DocRoot").item(0).getTextContent()).isEqualTo("Doc_0/Document.xml");
        // ids are unique and MaxUnitID covers them
        int max = Integer.parseInt(document.getElementsByTagNameNS(NS, "MaxUnitID").item(0).getTextContent());
        List<Integer> ids = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : ofd.entrySet()) {
            if (entry.getKey().endsWith(".xml")) {
                NodeList all = xml(entry.getValue()).getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    String id = ((Element) all.item(i)).getAttribute("ID");
                    if (!id.isEmpty()) {
                        ids.add(Integer.parseInt(id));
                    }
                }
            }
        }
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isBetween(1, max));
    }

    @Test
    void theOfdPlacesTheNumberAndTheRedLineWhereThePdfDoes() throws Exception {
        Document page = xml(ofd.get("Doc_0/Pages/Page_0/Content.xml"));
        Element number = textObject(page, "财预〔2026〕12号");
        double[] box = numbers(number.getAttribute("Boundary"));
        Element code = (Element) number.getElementsByTagNameNS(NS, "TextCode").item(0);
        double baseline = box[1] + Double.parseDouble(code.getAttribute("Y"));
        PdfProbe.Glyph inPdf = PdfProbe.part(pdf.line(0, "财预〔2026〕12号"), "财").get(0);
        assertThat(box[0] + Double.parseDouble(code.getAttribute("X"))).isCloseTo(inPdf.x(), within(0.1));
        assertThat(baseline).isCloseTo(inPdf.baseline(), within(0.1));
        // the characters on the grid: DeltaX gives each advance
        assertThat(numbers(code.getAttribute("DeltaX"))).hasSize(code.getTextContent().codePointCount(0,
                code.getTextContent().length()) - 1);

        List<Element> red = new ArrayList<>();
        NodeList paths = page.getElementsByTagNameNS(NS, "PathObject");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            Element fill = (Element) path.getElementsByTagNameNS(NS, "FillColor").item(0);
            if (fill.getAttribute("Value").equals("255 0 0")) {
                red.add(path);
            }
        }
        assertThat(red).hasSize(1);
        double[] line = numbers(red.get(0).getAttribute("Boundary"));
        PdfProbe.Rect pdfLine = pdf.rects.stream().filter(PdfProbe.Rect::red).findFirst().orElseThrow();
        assertThat(line[0]).isCloseTo(28, within(0.01));
        assertThat(line[2]).isCloseTo(156, within(0.01));
        assertThat(line[1]).isCloseTo(pdfLine.y(), within(0.05));
        // the issuer mark is red too
        Element mark = textObject(page, "市财政局文件");
        assertThat(((Element) mark.getElementsByTagNameNS(NS, "FillColor").item(0)).getAttribute("Value"))
                .isEqualTo("255 0 0");
    }

    @Test
    void theOfdEmbedsEachFontAsATrueTypeSubsetWithEveryCharacterItDraws() throws Exception {
        Document res = xml(ofd.get("Doc_0/PublicRes.xml"));
        NodeList fontList = res.getElementsByTagNameNS(NS, "Font");
        assertThat(fontList.getLength()).isGreaterThanOrEqualTo(3);
        Map<String, TrueTypeFont> embedded = new LinkedHashMap<>();
        for (int i = 0; i < fontList.getLength(); i++) {
            Element font = (Element) fontList.item(i);
            String file = font.getElementsByTagNameNS(NS, "FontFile").item(0).getTextContent();
            byte[] bytes = ofd.get("Doc_0/Res/" + file);
            assertThat(bytes).as(file).isNotNull();
            assertThat(bytes.length).as("a subset, not the 5 MB font").isLessThan(1_000_000);
            embedded.put(font.getAttribute("ID"), new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
        }
        for (int p = 0; p < pdf.pages(); p++) {
            NodeList texts = xml(ofd.get("Doc_0/Pages/Page_" + p + "/Content.xml")).getElementsByTagNameNS(NS,
                    "TextObject");
            assertThat(texts.getLength()).isPositive();
            for (int i = 0; i < texts.getLength(); i++) {
                Element text = (Element) texts.item(i);
                TrueTypeFont font = embedded.get(text.getAttribute("Font"));
                String content = text.getElementsByTagNameNS(NS, "TextCode").item(0).getTextContent();
                var cmap = font.getUnicodeCmapLookup();
                content.codePoints().filter(c -> c != ' ').forEach(c ->
                        assertThat(cmap.getGlyphId(c)).as(new String(Character.toChars(c))).isPositive());
            }
        }
        for (TrueTypeFont font : embedded.values()) {
            font.close();
        }
    }

    @Test
    void theDocxHasTheStandardsPageTheRedHeaderAndTheTitle() throws IOException {
        byte[] docx = DocxWriter.write(SampleDocuments.request(), fonts);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((BigInteger) margins.getTop()).longValue()).isEqualTo(DocxWriter.twips(37));
            assertThat(((BigInteger) margins.getLeft()).longValue()).isEqualTo(DocxWriter.twips(28));
            assertThat(((BigInteger) margins.getRight()).longValue()).isEqualTo(DocxWriter.twips(26));
            assertThat(((BigInteger) margins.getBottom()).longValue()).isEqualTo(DocxWriter.twips(35));
            var size = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((BigInteger) size.getW()).longValue()).isEqualTo(DocxWriter.twips(210));
            assertThat(((BigInteger) size.getH()).longValue()).isEqualTo(DocxWriter.twips(297));

            List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("机密★1年", "特急", "市财政局文件", "市人民政府：", "（此件公开发布）");
            String all = String.join("\n", texts);
            assertThat(all.replace("\n", "")).contains(
                    "市财政局关于做好2027年度部门预算编制工作有关事项和进一步加强预算管理的请示");
            assertThat(all).contains("财预〔2026〕12号", "签发人：张三", "附件：1. 2027年度部门预算编制说明",
                    "抄送：市发展改革委，市审计局，市人力资源社会保障局。", "2026年11月26日印发");

            // the 版记 in one frame at the foot of the 版心, as wide as the 版心
            for (String imprint : List.of("抄送：", "印发")) {
                var frame = document.getParagraphs().stream().filter(p -> p.getText().contains(imprint)).findFirst()
                        .orElseThrow().getCTP().getPPr().getFramePr();
                assertThat(frame).as(imprint).isNotNull();
                assertThat(frame.getYAlign().toString()).isEqualTo("bottom");
                assertThat(frame.getVAnchor().toString()).isEqualTo("margin");
                assertThat(((BigInteger) frame.getW()).longValue()).isEqualTo(DocxWriter.twips(156));
            }

            XWPFParagraph mark = document.getParagraphs().stream().filter(p -> p.getText().equals("市财政局文件"))
                    .findFirst().orElseThrow();
            XWPFRun markRun = mark.getRuns().get(0);
            assertThat(markRun.getColor()).isEqualTo("FF0000");
            assertThat(markRun.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
            XWPFParagraph number = document.getParagraphs().stream().filter(p -> p.getText().contains("财预〔2026〕12号"))
                    .findFirst().orElseThrow();
            var border = number.getCTP().getPPr().getPBdr().getBottom();
            assertThat(border.xgetColor().getStringValue()).isEqualTo("FF0000");
            XWPFParagraph heading = document.getParagraphs().stream().filter(p -> p.getText().startsWith("一、总体要求"))
                    .findFirst().orElseThrow();
            assertThat(heading.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
            assertThat(document.getFooterList()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private static Element textObject(Document page, String text) {
        NodeList texts = page.getElementsByTagNameNS(NS, "TextObject");
        for (int i = 0; i < texts.getLength(); i++) {
            Element element = (Element) texts.item(i);
            if (element.getTextContent().contains(text)) {
                return element;
            }
        }
        throw new AssertionError("no text object with " + text);
    }

    private static double[] numbers(String list) {
        String[] parts = list.trim().split("\\s+");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i]);
        }
        return values;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
