package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.archive.ArchiveFixtures;
import org.zhengtong.archive.Retention;
import org.zhengtong.archive.internal.ArchiveFile;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchiveQueries;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.Attachment;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;
import org.zhengtong.workflow.Workflow;

/**
 * Files whose uploader claims a type: HTML, SVG and script disguised as attachments are served, from the document
 * and from the archive, as downloads of type application/octet-stream that the browser may not sniff, never as the
 * type the uploader claimed; a seal image keeps its pixels and nothing appended to them.
 */
@IntegrationTest
class ContentTypeAttackTest {

    private static final String SCRIPT = "<script>alert(document.cookie)</script>";
    /** name, claimed type, content: active content under harmless and honest names alike. */
    private static final List<Upload> ACTIVE = List.of(
            new Upload("说明.html", "text/html", "<!DOCTYPE html><html><body>" + SCRIPT + "</body></html>"),
            new Upload("图示.svg", "image/svg+xml",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">" + SCRIPT + "</svg>"),
            new Upload("app.js", "application/javascript", "fetch('/admin/accounts').then(r => r.text());"),
            new Upload("照片.png", "image/png", "<html><body>" + SCRIPT + "</body></html>"));

    record Upload(String name, String claimedType, String content) {
    }

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserDetailsService accounts;
    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired Workflow workflow;
    @Autowired ArchivingService archiving;
    @Autowired ArchiveQueries queries;
    @Autowired Seals seals;

    @Test
    void activeAttachmentsAreDownloadsOfNoTypeFromTheDocumentAndFromTheArchive() throws Exception {
        DocumentFixtures drafts = new DocumentFixtures(documents, directory, accounts);
        OfficialDocument draft = drafts.draft("czj.d1.clerk1", DocumentType.NOTICE, Urgency.NORMAL,
                Classification.UNCLASSIFIED, "附件类型");
        long id = draft.getId();
        for (Upload upload : ACTIVE) {
            mvc.perform(multipart("/documents/" + id + "/attachments")
                            .file(new MockMultipartFile("file", upload.name(), upload.claimedType(),
                                    upload.content().getBytes(StandardCharsets.UTF_8)))
                            .with(users.as("czj.d1.clerk1")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(multipart("/documents/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "示意图.png", "image/png", png(Color.BLUE)))
                        .with(users.as("czj.d1.clerk1")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        Map<String, Long> attachments = drafts.as("czj.d1.clerk1", () -> documents.attachments(id)).stream()
                .collect(Collectors.toMap(Attachment::getFileName, Attachment::getId));
        for (Upload upload : ACTIVE) {
            assertAnInertDownload(download("czj.d1.clerk1",
                    "/documents/" + id + "/attachments/" + attachments.get(upload.name()) + "/versions/1"), upload);
        }
        MockHttpServletResponse image = download("czj.d1.clerk1",
                "/documents/" + id + "/attachments/" + attachments.get("示意图.png") + "/versions/1");
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getHeader("Content-Disposition")).startsWith("attachment;");

        ArchiveFixtures finishing = new ArchiveFixtures(documents, directory, accounts, workflow);
        finishing.finish(draft);
        ArchiveItem item = finishing.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(id, Retention.PERMANENT, "BGS")));
        Map<String, Long> archived = finishing.as("czj.secretary", () -> queries.item(item.getId())).files().stream()
                .collect(Collectors.toMap(ArchiveFile::getFileName, ArchiveFile::getId, (a, b) -> a));
        for (Upload upload : ACTIVE) {
            assertAnInertDownload(download("czj.secretary",
                    "/archive/items/" + item.getId() + "/files/" + archived.get(upload.name())), upload);
        }
        MockHttpServletResponse stamped = download("czj.secretary", "/archive/items/" + item.getId() + "/stamped.pdf");
        assertThat(stamped.getContentType()).isEqualTo("application/pdf");
        assertThat(stamped.getHeader("Content-Disposition")).startsWith("inline;");
    }

    @Test
    void aSealImageWithAnHtmlTailIsStoredAsItsPixelsAlone() throws Exception {
        Seals.SealRef seal = seals.activeSeal(directory.person("jtj.office").orElseThrow().unitId()).orElseThrow();
        byte[] png = png(Color.RED);
        byte[] withTail = concat(png, ("<html><body>" + SCRIPT + "</body></html>").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/seals/" + seal.id() + "/image")
                        .file(new MockMultipartFile("image", "seal.png", "image/png", withTail))
                        .with(users.as("jtj.office")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        MockHttpServletResponse served = download("jtj.office", "/admin/seals/" + seal.id() + "/image.png");
        byte[] stored = served.getContentAsByteArray();
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("<html", "script");
        // the file ends with the image end chunk: nothing follows it
        assertThat(Arrays.copyOfRange(stored, stored.length - 8, stored.length))
                .isEqualTo(new byte[] {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82});
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(new Color(decoded.getRGB(32, 32), true)).isEqualTo(Color.RED);
    }

    private MockHttpServletResponse download(String username, String path) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static void assertAnInertDownload(MockHttpServletResponse response, Upload upload) throws Exception {
        assertThat(response.getContentType()).as(upload.name()).isEqualTo("application/octet-stream");
        assertThat(response.getHeader("X-Content-Type-Options")).as(upload.name()).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Disposition")).as(upload.name()).startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode(upload.name(), StandardCharsets.UTF_8));
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(upload.name()).isEqualTo(upload.content());
    }

    private static byte[] png(Color color) throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
