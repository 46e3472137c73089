package org.zhengtong.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchiveQueries;
import org.zhengtong.archive.internal.Borrowing;
import org.zhengtong.archive.internal.BorrowingService;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** Every archive page as its users see it, archiving through the candidates form and borrowing through the item page. */
@IntegrationTest
class ArchivePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired Workflow workflow;
    @Autowired ArchiveQueries queries;
    @Autowired BorrowingService borrowing;

    ArchiveFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ArchiveFixtures(documentService, directory, accounts, workflow);
    }

    @Test
    void theArchivistArchivesFromTheCandidatesAndExportsTheCatalogue() throws Exception {
        OfficialDocument first = fixtures.finished("页面归档甲");
        OfficialDocument second = fixtures.finished("页面归档乙");

        // offered when they finished: candidates once the archive has taken the offers
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/archive/candidates")
                        .with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(first.getTitle())))
                .andExpect(content().string(containsString(second.getTitle())))
                .andExpect(content().string(containsString("定期30年"))));
        mvc.perform(get("/archive/candidates").with(users.as("czj.d1.clerk1"))).andExpect(status().isForbidden());

        mvc.perform(post("/archive/candidates").with(users.as("czj.secretary")).with(csrf())
                        .param("source", "document:" + first.getId(), "document:" + second.getId())
                        .param("retention-document:" + first.getId(), "PERMANENT")
                        .param("org-document:" + first.getId(), "BGS")
                        .param("retention-document:" + second.getId(), "PERMANENT")
                        .param("org-document:" + second.getId(), "BGS"))
                .andExpect(redirectedUrl("/archive/candidates"));
        mvc.perform(get("/archive/candidates").with(users.as("czj.secretary")))
                .andExpect(content().string(not(containsString(first.getTitle()))));
        // the document's page shows the 档号 once the document module has heard of the item
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/documents/{id}", first.getId())
                        .with(users.as("czj.d1.clerk1")))
                .andExpect(content().string(containsString("已归档 档号 "))));
        // nothing chosen: refused with the message
        mvc.perform(post("/archive/candidates").with(users.as("czj.secretary")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("请至少选择一份文件")));

        ArchiveItem item = search("czj.secretary", first.getTitle()).get(0);
        mvc.perform(get("/archive").param("title", first.getTitle()).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(item.getArchivalCode())));
        mvc.perform(get("/archive/items/{id}", item.getId()).with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(item.getArchivalCode())))
                .andExpect(content().string(containsString("stamped.pdf")))
                .andExpect(content().string(containsString("拟稿")));
        byte[] pdf = mvc.perform(get("/archive/items/{id}/stamped.pdf", item.getId()).with(users.as("czj.secretary")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(StampedPdf.asShown(pdf))) {
            assertThat(new PDFTextStripper().getText(document)).contains(item.itemNumberText(), "永久");
        }

        mvc.perform(get("/archive/catalogue").with(users.as("czj.secretary"))).andExpect(status().isOk());
        mvc.perform(get("/archive/catalogue").with(users.as("czj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/archive/catalogue").with(users.as("czj.secretary"))
                        .param("year", String.valueOf(item.getArchiveYear())).param("retention", "PERMANENT")
                        .param("orgCode", "BGS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(first.getTitle())));
        byte[] xlsx = mvc.perform(get("/archive/catalogue.xlsx").with(users.as("czj.secretary"))
                        .param("year", String.valueOf(item.getArchiveYear())).param("retention", "PERMANENT")
                        .param("orgCode", "BGS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("件号");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("备注");
            boolean listed = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(3).getStringCellValue().equals(first.getTitle())) {
                    listed = true;
                    assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo(item.itemNumberText());
                    assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).matches("\\d{8}");
                }
            }
            assertThat(listed).isTrue();
        }
        byte[] cataloguePdf = mvc.perform(get("/archive/catalogue.pdf").with(users.as("czj.secretary"))
                        .param("year", String.valueOf(item.getArchiveYear())).param("retention", "PERMANENT")
                        .param("orgCode", "BGS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(cataloguePdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("归档文件目录", "件号", item.itemNumberText());
        }
    }

    @Test
    void aColleagueBorrowsThroughTheItemPageAndTheDirectorApproves() throws Exception {
        OfficialDocument document = fixtures.finished("页面借阅");
        mvc.perform(post("/archive/candidates").with(users.as("czj.secretary")).with(csrf())
                        .param("source", "document:" + document.getId())
                        .param("retention-document:" + document.getId(), "YEARS_10")
                        .param("org-document:" + document.getId(), "BGS"))
                .andExpect(redirectedUrl("/archive/candidates"));
        ArchiveItem item = search("czj.secretary", document.getTitle()).get(0);

        mvc.perform(get("/archive/items/{id}", item.getId()).with(users.as("czj.d2.clerk2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("borrow-form")))
                .andExpect(content().string(not(containsString("stamped.pdf"))));
        mvc.perform(get("/archive/items/{id}/stamped.pdf", item.getId()).with(users.as("czj.d2.clerk2")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/archive/items/{id}/borrow", item.getId()).with(users.as("czj.d2.clerk2")).with(csrf())
                        .param("reason", "").param("days", "3"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("请填写借阅理由")));
        mvc.perform(post("/archive/items/{id}/borrow", item.getId()).with(users.as("czj.d2.clerk2")).with(csrf())
                        .param("reason", "查阅").param("days", "3"))
                .andExpect(redirectedUrl("/archive/borrowings"));
        mvc.perform(get("/archive/borrowings").with(users.as("czj.d2.clerk2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(item.getArchivalCode())))
                .andExpect(content().string(containsString("待审批")));
        Borrowing pending = fixtures.as("czj.d2.clerk2", () -> borrowing.mine()).stream()
                .filter(v -> v.item().getId().equals(item.getId())).findFirst().orElseThrow().borrowing();
        // the director sees who asks by name, not by username
        mvc.perform(get("/archive/borrowings").with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/archive/borrowings/" + pending.getId() + "/approve")))
                .andExpect(content().string(containsString("<td>" + directory.nameOf("czj.d2.clerk2") + "</td>")))
                .andExpect(content().string(not(containsString("czj.d2.clerk2"))));
        mvc.perform(get("/").with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("待审批档案借阅")));
        // filtered by type: the director's window holds other modules' tasks too, more than one page
        mvc.perform(get("/todo").param("type", "档案借阅").with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(item.getArchivalCode())));
        mvc.perform(post("/archive/borrowings/{id}/approve", pending.getId()).with(users.as("czj.d2.clerk2"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/archive/borrowings/{id}/approve", pending.getId()).with(users.as("czj.office"))
                        .with(csrf()).param("note", "同意"))
                .andExpect(redirectedUrl("/archive/borrowings"));
        mvc.perform(get("/archive/items/{id}/stamped.pdf", item.getId()).with(users.as("czj.d2.clerk2")))
                .andExpect(status().isOk());
    }

    @Test
    void anotherUnitsItemIsForbidden() throws Exception {
        OfficialDocument document = fixtures.finished("页面他单位");
        mvc.perform(post("/archive/candidates").with(users.as("czj.office")).with(csrf())
                        .param("source", "document:" + document.getId())
                        .param("retention-document:" + document.getId(), "YEARS_30"))
                .andExpect(redirectedUrl("/archive/candidates"));
        ArchiveItem item = search("czj.office", document.getTitle()).get(0);
        mvc.perform(get("/archive/items/{id}", item.getId()).with(users.as("szfb.secretary")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/archive/items/{id}/stamped.pdf", item.getId()).with(users.as("szfb.secretary")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/archive/items/{id}/borrow", item.getId()).with(users.as("szfb.d1.clerk1")).with(csrf())
                .param("reason", "查阅").param("days", "3")).andExpect(status().isForbidden());
        mvc.perform(get("/archive").param("text", document.getTitle()).with(users.as("szfb.secretary")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(item.getArchivalCode()))));
        mvc.perform(get("/archive/items/{id}", 999_999_999L).with(users.as("czj.office")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/archive")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCorrectionIsRecordedWithItsReasonAndTheItemStaysAsArchived() throws Exception {
        OfficialDocument document = fixtures.finished("页面更正");
        mvc.perform(post("/archive/candidates").with(users.as("czj.secretary")).with(csrf())
                        .param("source", "document:" + document.getId())
                        .param("retention-document:" + document.getId(), "YEARS_30")
                        .param("org-document:" + document.getId(), "BGS"))
                .andExpect(redirectedUrl("/archive/candidates"));
        ArchiveItem item = search("czj.secretary", document.getTitle()).get(0);
        mvc.perform(post("/archive/items/{id}/corrections", item.getId()).with(users.as("czj.secretary")).with(csrf())
                        .param("field", "TITLE").param("newValue", "更正后的题名").param("reason", ""))
                .andExpect(status().isConflict());
        mvc.perform(post("/archive/items/{id}/corrections", item.getId()).with(users.as("czj.d1.clerk1")).with(csrf())
                        .param("field", "TITLE").param("newValue", "更正后的题名").param("reason", "错字"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/archive/items/{id}/corrections", item.getId()).with(users.as("czj.secretary")).with(csrf())
                        .param("field", "TITLE").param("newValue", "更正后的题名").param("reason", "原题名有错字"))
                .andExpect(redirectedUrl("/archive/items/" + item.getId()));
        mvc.perform(get("/archive/items/{id}", item.getId()).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("更正后的题名")))
                .andExpect(content().string(containsString("原题名有错字")))
                .andExpect(content().string(not(containsString("correction-form"))));
        assertThat(fixtures.as("czj.secretary", () -> queries.item(item.getId())).item().getTitle())
                .isEqualTo(document.getTitle());
        // the 归档文件目录 notes it in 备注
        mvc.perform(get("/archive/catalogue").with(users.as("czj.secretary"))
                        .param("year", String.valueOf(item.getArchiveYear())).param("retention", "YEARS_30")
                        .param("orgCode", "BGS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("更正题名：更正后的题名")));
    }

    private List<ArchiveItem> search(String username, String title) {
        return fixtures.as(username, () -> queries.search(new ArchiveQueries.Criteria(null, null, null, null, title,
                null, null, null, null, null), 0, 10).getContent());
    }

    static String unique(String stem) {
        return TestUsers.unique(stem);
    }
}
