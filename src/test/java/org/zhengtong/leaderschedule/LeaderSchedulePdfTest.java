package org.zhengtong.leaderschedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.OutsideTools;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;

/**
 * The printed 领导活动安排表 read back: its title with the week's dates, the leaders by name in the organization's
 * order, the entries with time, place and 陪同 — and not the 局长's private entry for a reader who may not see it.
 * Read by PDFBox and, where installed, by poppler's pdftotext.
 */
@IntegrationTest
class LeaderSchedulePdfTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;

    @Test
    void theWeekReadsBackFromItsPdf() throws Exception {
        LeaderScheduleFixtures fixtures = new LeaderScheduleFixtures(mvc, users, json);
        fixtures.editors("czj.office", "czj.head", "czj.secretary");
        String word = TestUsers.unique("").replaceAll("[^0-9]", "");
        String meeting = "全市财政工作会议" + word;
        String visit = "走访企业" + word;
        String secret = "私人事务" + word;
        fixtures.create("czj.secretary", LeaderScheduleFixtures.timed("czj.head", MONDAY.atTime(9, 0),
                MONDAY.atTime(11, 30), meeting, "市政府第一会议室", "PUBLIC", List.of("czj.d1.chief")));
        fixtures.create("czj.deputy1", Map.of("leader", "czj.deputy1", "dayPart", "AFTERNOON",
                "date", MONDAY.plusDays(2).toString(), "activity", visit, "place", "高新区", "visibility", "PUBLIC"));
        fixtures.create("czj.head", LeaderScheduleFixtures.timed("czj.head", MONDAY.plusDays(4).atTime(14, 0),
                MONDAY.plusDays(4).atTime(15, 0), secret, null, "PRIVATE", List.of()));

        byte[] pdf = mvc.perform(get("/leaders/schedule/week.pdf").param("week", "2026-W52")
                        .with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("A4 landscape").isGreaterThan(box.getHeight());
            assertThat(Math.round(box.getWidth())).isEqualTo(842);
        }
        String head = directory.nameOf("czj.head");
        String deputy = directory.nameOf("czj.deputy1");
        String chief = directory.nameOf("czj.d1.chief");
        List<String> texts = new java.util.ArrayList<>(List.of(WeekFiles.pdfText(pdf)));
        boolean poppler = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH")
                .split(java.io.File.pathSeparator)).anyMatch(d -> java.nio.file.Files.isExecutable(
                java.nio.file.Path.of(d, "pdftotext")));
        if (poppler) {
            texts.add(WeekFiles.pdftotext(pdf));
        }
        for (String text : texts) {
            assertThat(text).contains("市财政局领导活动安排表（2026年12月21日—12月27日）", "星期一（12月21日）",
                    "星期日（12月27日）", "上午", "下午", head, deputy,
                    "09:00–11:30", meeting, "市政府第一会议室", "陪同：" + chief, visit, "高新区");
            assertThat(text.indexOf(head)).as("the head before his deputy").isLessThan(text.indexOf(deputy));
            assertThat(text).doesNotContain(secret);
        }
        // the 局长 himself sees his private entry in his copy
        byte[] own = mvc.perform(get("/api/v1/leader-schedules/week.pdf").param("week", "2026-W52")
                .with(users.as("czj.head"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(WeekFiles.pdfText(own)).contains(secret, meeting);
        // and the Excel export holds the same table
        byte[] xlsx = mvc.perform(get("/leaders/schedule/week.xlsx").param("week", "2026-W52")
                        .with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(WeekFiles.xlsxText(xlsx)).contains("市财政局领导活动安排表（2026年12月21日—12月27日）", head,
                "09:00–11:30 " + meeting + "（市政府第一会议室；陪同：" + chief + "）", visit).doesNotContain(secret);
    }

    @Test
    void popplerReadsItToo() throws Exception {
        OutsideTools.assumeInstalled("pdftotext");
        byte[] pdf = mvc.perform(get("/leaders/schedule/week.pdf").param("week", "2026-W52")
                .with(users.as("czj.office"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(WeekFiles.pdftotext(pdf)).contains("领导活动安排表", directory.nameOf("czj.head"));
    }
}
