package org.zhengtong.document.internal.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.IntegrationTest;
import org.zhengtong.document.internal.layout.PdfProbe;
import org.zhengtong.seal.Seals;

/** The sample 公文 of the README's command: drafted and sent on to 用印 by the demo people, written sealed. */
@IntegrationTest
class SampleOutputTest {

    @Autowired SampleOutput sample;
    @Autowired Seals seals;

    @Test
    void writesTheSealedPdfAndOfdAndTheDocxOfAFullRequest(@TempDir Path directory) throws Exception {
        SampleOutput.Written written = sample.write(directory);

        assertThat(written.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("official.pdf", "official.ofd", "official.docx");
        byte[] pdf = Files.readAllBytes(directory.resolve("official.pdf"));
        byte[] ofd = Files.readAllBytes(directory.resolve("official.ofd"));
        assertThat(seals.verify("official.pdf", pdf).valid()).isTrue();
        assertThat(seals.verify("official.ofd", ofd).valid()).isTrue();

        PdfProbe probe = PdfProbe.of(pdf);
        List<List<PdfProbe.Glyph>> header = probe.lines(0);
        assertThat(PdfProbe.text(header.get(0))).isEqualTo("000001");
        assertThat(PdfProbe.text(header.get(1))).isEqualTo("秘密★1年");
        assertThat(PdfProbe.text(header.get(2))).isEqualTo("加急");
        StringBuilder text = new StringBuilder();
        for (int page = 0; page < probe.pages(); page++) {
            probe.lines(page).forEach(line -> text.append(PdfProbe.text(line)));
        }
        assertThat(text).contains("市财政局文件", "签发人：", "市财政局关于追加2027年度市级重点项目预算资金的请示",
                "市人民政府：", "一、追加资金的必要性", "（一）城市更新项目资金缺口较大。", "1.一期工程", "（1）二期工程",
                "附件：2027年度市级重点项目追加预算明细表", "（联系人：", "抄送：市审计局。", "市财政局办公室", "印发",
                "— 1 —");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                Files.readAllBytes(directory.resolve("official.docx"))))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains("市财政局文件", "000001");
        }
    }
}
