package org.zhengtong.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.ClassUtils;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.OutsideTools;
import org.zhengtong.TestUsers;
import org.zhengtong.Together;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.WorkbenchCard;
import org.zhengtong.search.Search;
import org.zhengtong.workflow.Workflow;

/**
 * 电子刊物 from submission to the printed issue: 市政府办公室's editor starts a publication read and fed by 市财政局;
 * a clerk of 市财政局 submits two articles (script cleaned out), the editor adopts one on the engine and rejects the
 * other with a reason, composes an issue of the adopted one and publishes it as 第1期 of the year; its PDF, read back
 * with PDFBox, holds the masthead, the number and the title; the scores count 2 submitted and 1 adopted for
 * 市财政局; 综合检索 finds the published article for the audience, not for another unit. Two issues published at
 * once take the next two numbers, none twice. The demo's 第1期 of 政务信息 has its fonts embedded (pdffonts) and
 * reads as text (pdftotext).
 */
@IntegrationTest
class JournalJourneyTest {

    static final String EDITOR = "szfb.office";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired OrgDirectory directory;
    @Autowired Clock clock;
    @Autowired Search search;
    @Autowired AsUser asUser;
    @Autowired List<WorkbenchCard> cards;
    @Autowired CurrentUsers currentUsers;

    @Test
    void submitAdoptComposePublishAndReadThePrintedIssue() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String name = TestUsers.unique("城建简报");
        long publication = publication(name);
        String adopted = TestUsers.unique("城市更新 专项资金拨付进度");
        long first = id(submit(team.clerk(), publication, adopted, "<p>专项资金<script>alert(1)</script>已下达。</p>")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REVIEW"))
                .andExpect(jsonPath("$.content").value("<p>专项资金已下达。</p>")));
        long second = id(submit(team.clerk(), publication, TestUsers.unique("不宜刊发的信息"), "<p>x</p>")
                .andExpect(status().isCreated()));

        postJson("/api/v1/tasks/{taskId}/send", EDITOR, "{\"opinion\": \"采用\"}", task(EDITOR, first))
                .andExpect(status().isOk());
        postJson("/api/v1/tasks/{taskId}/refuse", EDITOR, "{\"reason\": \"内容重复\"}", task(EDITOR, second))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/journals/articles/{id}", second).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("REJECTED")).andExpect(jsonPath("$.reason").value("内容重复"));
        mvc.perform(get("/api/v1/journals/articles/{id}", first).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());

        long issue = compose(publication, first);
        long newForReader = newIssues(team.clerk2());
        long newForOtherUnit = newIssues("jyj.d1.clerk1");
        postJson("/api/v1/journals/issues/{id}/publish", EDITOR, "", issue).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1)).andExpect(jsonPath("$.totalNumber").value(1))
                .andExpect(jsonPath("$.year").value(LocalDate.now(clock).getYear()));
        postJson("/api/v1/journals/issues/{id}/publish", EDITOR, "", issue).andExpect(status().isConflict());
        assertThat(newIssues(team.clerk2())).as("新刊 on the reader's 工作台").isEqualTo(newForReader + 1);
        assertThat(newIssues("jyj.d1.clerk1")).as("not for another unit").isEqualTo(newForOtherUnit);
        assertThat(mvc.perform(get("/").with(users.as(team.clerk2()))).andReturn().getResponse()
                .getContentAsString()).contains("新刊");

        byte[] pdf = mvc.perform(get("/api/v1/journals/issues/{id}/pdf", issue).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains(name, LocalDate.now(clock).getYear() + "年第1期", "市政府办公室", adopted, "专项资金已下达");
        assertThat(text.indexOf(name)).isLessThan(text.indexOf(adopted));

        mvc.perform(get("/api/v1/journals/articles/{id}", first).with(users.as(team.clerk2())))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(found(team.clerk2(), adopted))
                .contains(first));
        assertThat(found("jyj.d1.clerk1", adopted)).doesNotContain(first);
        mvc.perform(get("/api/v1/journals/{id}/scores", publication).with(users.as(team.clerk2())))
                .andExpect(jsonPath("$[0].unitName").value("市财政局")).andExpect(jsonPath("$[0].submitted").value(2))
                .andExpect(jsonPath("$[0].adopted").value(1)).andExpect(jsonPath("$[0].ratePercent").value(50))
                .andExpect(jsonPath("$[0].rank").value(1));

        // the same ranking as the Excel workbook offices hand on: a title line, the header, a row per unit
        byte[] xlsx = mvc.perform(get("/journals/scores.xlsx").param("publication", "" + publication)
                        .with(users.as(team.clerk2())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(name, "信息报送统计");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("采用率");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("市财政局");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.5);
        }
        mvc.perform(get("/journals/scores.xlsx").param("publication", "" + publication)
                .with(users.as("jyj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/journals/{id}/scores.xlsx", publication).with(users.as("jyj.d1.clerk1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void twoIssuesPublishedAtOnceTakeTheNextNumbersEachOnce() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long publication = publication(TestUsers.unique("工作动态"));
        long[] issues = new long[2];
        for (int i = 0; i < 2; i++) {
            long article = id(submit(team.clerk(), publication, TestUsers.unique("稿件"), "<p>正文</p>"));
            postJson("/api/v1/tasks/{taskId}/send", EDITOR, "{}", task(EDITOR, article)).andExpect(status().isOk());
            issues[i] = compose(publication, article);
        }
        List<Callable<String>> publishes = List.of(() -> publish(issues[0]), () -> publish(issues[1]));
        List<String> numbers = Together.run(publishes);
        assertThat(numbers).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void theDemoIssueHasItsFontsEmbeddedAndReadsAsText() throws Exception {
        OutsideTools.assumeInstalled("pdffonts");
        String issues = mvc.perform(get("/api/v1/journals").with(users.as("czj.d1.clerk1"))).andReturn().getResponse()
                .getContentAsString();
        long government = ((Number) JsonPath.<List<Object>>read(issues, "$[?(@.name == '政务信息')].id").get(0))
                .longValue();
        long first = ((Number) JsonPath.<List<Object>>read(mvc.perform(get("/api/v1/journals/{id}/issues", government)
                .with(users.as("czj.d1.clerk1"))).andReturn().getResponse().getContentAsString(),
                "$[?(@.number == 1)].id").get(0)).longValue();
        byte[] pdf = mvc.perform(get("/journals/issues/{id}/pdf", first).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path dir = Files.createTempDirectory("journal");
        try {
            Path file = Files.write(dir.resolve("issue.pdf"), pdf);
            String fonts = OutsideTools.run(dir, "pdffonts", file.toString());
            assertThat(fonts.lines().skip(2)).isNotEmpty().allSatisfy(line -> assertThat(line).contains(" yes "));
            assertThat(OutsideTools.run(dir, "pdftotext", file.toString(), "-"))
                    .contains("政务信息", "第1期", "市财政局全力保障城市更新专项资金");
        } finally {
            OutsideTools.delete(dir);
        }
    }

    private List<Long> found(String user, String words) {
        return asUser.call(user, () -> search.search(words, "journal", Map.of(), 0).items().stream()
                .map(Search.Found::id).toList());
    }

    private String publish(long issue) throws Exception {
        ResultActions result = postJson("/api/v1/journals/issues/{id}/publish", EDITOR, "", issue);
        return String.valueOf((Object) JsonPath.read(result.andReturn().getResponse().getContentAsString(),
                "$.number"));
    }

    long publication(String name) throws Exception {
        return publication(mvc, users, directory, name);
    }

    /** A publication of 市政府办公室 read and fed by 市财政局 alone. */
    static long publication(MockMvc mvc, TestUsers users, OrgDirectory directory, String name) throws Exception {
        long czj = unit(directory, "czj");
        return id(mvc.perform(post("/api/v1/journals").with(users.as(EDITOR)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "%s", "cityWide": false, "audienceUnits": [%d], "submitterUnits": [%d]}"""
                        .formatted(name, czj, czj))).andExpect(status().isCreated()));
    }

    /** The count of the 工作台's 新刊 tile for the user (0 without the tile). */
    private long newIssues(String user) {
        WorkbenchCard card = cards.stream().filter(c -> ClassUtils.getUserClass(c).getSimpleName().equals("NewIssuesCard"))
                .findFirst().orElseThrow();
        return asUser.call(user, () -> card.tileFor(currentUsers.current()).map(WorkbenchCard.Tile::count).orElse(0L));
    }

    static long unit(OrgDirectory directory, String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    long compose(long publication, long... articles) throws Exception {
        return id(postJson("/api/v1/journals/{id}/issues", EDITOR, "{\"articleIds\": %s}"
                .formatted(java.util.Arrays.toString(articles)), publication).andExpect(status().isCreated()));
    }

    String task(String user, long article) {
        return workflow.todo(user).stream().filter(t -> t.businessKey().equals("journal:" + article)).findFirst()
                .orElseThrow().taskId();
    }

    ResultActions submit(String user, long publication, String title, String content) throws Exception {
        return postJson("/api/v1/journals/articles", user, body(publication, title, content, "UNCLASSIFIED"));
    }

    static String body(long publication, String title, String content, String classification) {
        return """
                {"publicationId": %d, "title": "%s", "content": "%s", "classification": "%s"}"""
                .formatted(publication, title, content, classification);
    }

    ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
