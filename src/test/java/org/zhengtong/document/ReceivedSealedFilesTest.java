package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;

/**
 * 分发 delivers the sealed 公文: the 收文 carries the sender's signed PDF and OFD, which whoever may read the 收文
 * downloads (console and API) and finds valid at {@code /api/v1/verify}; whoever may not read it gets 403.
 */
@IntegrationTest
class ReceivedSealedFilesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;
    @Autowired Seals seals;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theIncomingDocumentCarriesTheSealedFilesWhichItsHandlersDownloadAndVerify() throws Exception {
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, accounts);
        long outgoing = distributed(fixtures);
        long incoming = jdbc.queryForObject("select id from doc_document where source_document_id = ? and unit_id = ?",
                Long.class, outgoing, fixtures.unit("szfb"));
        byte[] sentPdf = download("/documents/" + outgoing + "/official.pdf", "czj.d1.clerk1");
        byte[] sentOfd = download("/documents/" + outgoing + "/official.ofd", "czj.d1.clerk1");

        // the 机要秘书 of 市政府办公室, who signs for the 收文, has the very files 市财政局 sealed
        assertThat(download("/documents/" + incoming + "/official.pdf", "szfb.secretary")).isEqualTo(sentPdf);
        assertThat(download("/documents/" + incoming + "/official.ofd", "szfb.secretary")).isEqualTo(sentOfd);
        byte[] apiPdf = mvc.perform(get("/api/v1/documents/{id}/official.pdf", incoming)
                        .with(httpBasic("szfb.secretary", "Demo@2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(apiPdf).isEqualTo(sentPdf);
        byte[] apiOfd = mvc.perform(get("/api/v1/documents/{id}/official.ofd", incoming)
                        .with(httpBasic("szfb.secretary", "Demo@2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(apiOfd).isEqualTo(sentOfd);

        // both verify, as 市财政局's seal
        String sealName = seals.activeSeal(fixtures.unit("czj")).orElseThrow().name();
        String address = "10.79." + (System.nanoTime() % 200) + ".9";
        for (MockMultipartFile file : List.of(new MockMultipartFile("file", "来文.pdf", "application/pdf", apiPdf),
                new MockMultipartFile("file", "来文.ofd", "application/ofd", apiOfd))) {
            mvc.perform(multipart("/api/v1/verify").file(file)
                            .with(request -> { request.setRemoteAddr(address); return request; }))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(true))
                    .andExpect(jsonPath("$.signatures[0].sealName").value(sealName));
        }

        // the 收文's page offers them, with the way to check them
        String page = mvc.perform(get("/documents/{id}", incoming).with(users.as("szfb.secretary")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"received-pdf\"", "/documents/" + incoming + "/official.ofd", "href=\"/verify\"",
                "来文（PDF，已用印）");

        // no editable copy of someone else's 公文, and nothing for who may not read the 收文
        mvc.perform(get("/documents/{id}/official.docx", incoming).with(users.as("szfb.secretary")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/official.pdf", incoming).with(users.as("szfb.d1.clerk1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/documents/{id}/official.ofd", incoming).with(httpBasic("czj.d1.clerk1", "Demo@2026")))
                .andExpect(status().isForbidden());
    }

    /** A 请示 of 市财政局 to 市政府办公室 taken through 用印 and 分发; its id. */
    private static long distributed(DocumentFixtures fixtures) {
        long id = fixtures.signedOff(fixtures.draft("czj.d1.clerk1", Urgency.URGENT,
                "关于" + TestUsers.unique("分发") + "的请示").getId());
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion(null)); // 编号登记
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion(null)); // 用印
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion(null)); // 分发
        return id;
    }

    private byte[] download(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }
}
