package org.zhengtong.sharedfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.OutsideTools;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OfficePreviews;
import org.zhengtong.platform.PlatformFixtures;

/**
 * A Word file in 共享文件 previewed as PDF by the LibreOffice the tests are configured with (skipped where it is not
 * installed; CI installs it): the file's page frames the preview, the preview is a PDF shown inline whose text,
 * read by poppler's pdftotext, is the document's; an outsider gets 404 from the preview as from the file; a file
 * LibreOffice cannot open (locked with a password) answers 422 with the Chinese message, and its download still works.
 */
@IntegrationTest
class SharedFileOfficePreviewTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired OfficePreviews officePreviews;

    @Test
    void aWordFileIsShownAsItsPdf() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String word = TestUsers.unique("专项资金");
        long file = uploaded(team, "常见问题.docx", SharedFileTestSupport.docx("城市更新" + word + "问答"));

        mvc.perform(get("/shared-files/files/{id}", file).with(users.as(team.clerk2()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"preview-office\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"no-preview\""))));
        byte[] pdf = mvc.perform(get("/shared-files/files/{id}/preview", file).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfToText(pdf).replaceAll("\\s", "")).contains(("城市更新" + word + "问答").replaceAll("\\s", ""));
        mvc.perform(get("/api/v1/shared-files/files/{id}", file).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("\"previewed\":true")));
        mvc.perform(get("/api/v1/shared-files/files/{id}/preview", file).with(users.as(team.clerk2())))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));

        String outsider = platform.newTeam().clerk();
        mvc.perform(get("/shared-files/files/{id}/preview", file).with(users.as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/shared-files/files/{id}/preview", file).with(users.as(outsider)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileTheConverterCannotReadIsRefusedWithItsMessage() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long file = uploaded(team, "加密.doc", passwordProtected(SharedFileTestSupport.docx("加密的说明")));

        mvc.perform(get("/shared-files/files/{id}/preview", file).with(users.as(team.clerk())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("无法生成此文件的预览")));
        mvc.perform(get("/shared-files/files/{id}/versions/1", file).with(users.as(team.clerk())))
                .andExpect(status().isOk());
    }

    /** The file uploaded by the team's clerk into a new folder her department may upload to (and read). */
    private long uploaded(PlatformFixtures.Team team, String name, byte[] content) throws Exception {
        assumeTrue(officePreviews.previews(name), "LibreOffice (soffice) is not installed");
        SharedFileTestSupport api = new SharedFileTestSupport(mvc, users);
        long folder = api.folder(TestUsers.unique("问答"));
        api.grant(folder, "UPLOAD", "DEPARTMENT", team.departmentId());
        return SharedFileTestSupport.id(api.upload(folder, team.clerk(), name, content, "UNCLASSIFIED")
                .andExpect(status().isCreated()));
    }

    /** A Word file locked with a password: LibreOffice, asking no one, makes nothing of it. */
    private static byte[] passwordProtected(byte[] docx) throws Exception {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("机密口令");
            try (OutputStream data = encryptor.getDataStream(container)) {
                data.write(docx);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The PDF's text as poppler's pdftotext reads it, a reader that is not the one that wrote it. */
    private static String pdfToText(byte[] pdf) throws Exception {
        Path directory = Files.createTempDirectory("preview");
        try {
            Files.write(directory.resolve("preview.pdf"), pdf);
            return OutsideTools.run(directory, "pdftotext", "-enc", "UTF-8", "preview.pdf", "-");
        } finally {
            OutsideTools.delete(directory);
        }
    }
}
