package org.zhengtong.document.internal.layout;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhengtong.platform.FontProperties;

/** A 请示 with every element GB/T 9704 knows, long enough for several pages, and the Debian fonts. */
final class SampleDocuments {

    static final Path SONG = Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
    static final Path HEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path KAI = Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf");
    static final FontProperties FONTS = new FontProperties(SONG, HEI, SONG, SONG, KAI);

    private SampleDocuments() {
    }

    static OfficialText request() {
        List<OfficialText.Paragraph> body = new ArrayList<>();
        String html = "<p>为做好2027年度部门预算编制工作，根据《中华人民共和国预算法》和市委、市政府有关要求，现将有关事项请示如下。</p>"
                + "<p>一、总体要求。坚持量入为出、收支平衡，统筹兼顾、突出重点。</p>"
                + "<p>（一）严格预算约束。各部门要牢固树立过紧日子思想，从严从紧编制预算，不得超标准安排支出。</p>"
                + "<p>1.规范支出范围。</p>"
                + "<p>（1）基本支出按定员定额标准编制，项目支出按轻重缓急排序。</p>"
                + ("<p>各部门要认真落实预算管理制度改革要求，加强预算执行监控，提高财政资金使用效益，确保各项政策落到实处，"
                + "对执行进度慢、绩效目标完成差的项目，相应压减下年度预算安排。同时做好预算公开工作，接受社会监督。</p>").repeat(6)
                + "<p>二、时间安排。请各部门于2026年12月31日前报送预算建议数。</p>"
                + "<p>以上请示当否，请批示。</p>";
        body.addAll(BodyText.paragraphs(html));
        return new OfficialText(null, "机密★1年", "特急", "市财政局文件", "财预〔2026〕12号", true, "张三",
                "市财政局关于做好2027年度部门预算编制工作有关事项和进一步加强预算管理的请示", "市人民政府", body,
                List.of("2027年度部门预算编制说明", "2027年度部门预算报表格式和填报要求"), "市财政局",
                LocalDate.of(2026, 11, 26), "此件公开发布", "市发展改革委，市审计局，市人力资源社会保障局", "市财政局办公室",
                LocalDate.of(2026, 11, 26), 42);
    }

    /** A 通知 of one-line paragraphs, no 附件 or 附注: its length sets where the 正文 ends on a page. */
    static OfficialText notice(int paragraphs) {
        OfficialText sample = request();
        List<OfficialText.Paragraph> body = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            body.add(new OfficialText.Paragraph(0, "第" + i + "段：加强预算执行监控。"));
        }
        return new OfficialText(null, null, null, sample.issuerMark(), "财预〔2026〕16号", false, null,
                "关于加强预算执行管理的通知", "各区县财政局", body, List.of(), sample.issuerName(), sample.date(), null, null,
                sample.printer(), sample.printDate(), 42);
    }
}
