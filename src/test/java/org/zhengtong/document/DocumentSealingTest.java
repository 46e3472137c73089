package org.zhengtong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.document.internal.layout.PdfProbe;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;
import org.w3c.dom.Element;
import org.zhengtong.workflow.TodoTask;

/**
 * 用印: the unit's 机要秘书, custodian of its 公章, seals the red-header 公文; the sealed PDF and OFD are stored, verify,
 * fail to verify once a byte changes, and are what readers download from then on. Whoever is not a custodian cannot
 * seal, and the step stays open.
 */
@IntegrationTest
class DocumentSealingTest {

    @Autowired DocumentService documents;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;
    @Autowired Seals seals;
    @Autowired FileStore files;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void theSecretarySealsThePdfAndTheOfdWhichVerifyAndAreServedFromThenOn() throws Exception {
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, accounts);
        long id = numbered(fixtures);
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion(null));

        OfficialDocument sealed = fixtures.as("czj.d1.clerk1", () -> documents.read(id));
        Seals.SealRef seal = seals.activeSeal(sealed.getUnitId()).orElseThrow();
        assertThat(sealed.isSealed()).isTrue();
        assertThat(sealed.getSealId()).isEqualTo(seal.id());
        assertThat(sealed.getSealedBy()).isEqualTo("czj.secretary");
        assertThat(sealed.getSealedAt()).isNotNull();

        byte[] pdf = stored(sealed.getSealedPdfKey());
        byte[] ofd = stored(sealed.getSealedOfdKey());
        Seals.VerificationReport pdfReport = seals.verify("sealed.pdf", pdf);
        Seals.VerificationReport ofdReport = seals.verify("sealed.ofd", ofd);
        assertThat(pdfReport.valid()).as("%s", pdfReport).isTrue();
        assertThat(ofdReport.valid()).as("%s", ofdReport).isTrue();
        assertThat(pdfReport.signatures()).singleElement().satisfies(s -> assertThat(s.sealName()).isEqualTo(seal.name()));
        // the sealed PDF is still the 公文, its number included
        assertThat(PdfProbe.text(PdfProbe.of(pdf).on(0))).contains("市财政局文件", sealed.getDocumentNumber());

        // one byte changed in the signed content: the signatures no longer verify
        assertThat(seals.verify("sealed.pdf", changed(pdf)).valid()).isFalse();
        assertThat(seals.verify("sealed.ofd", changedOfd(ofd)).valid()).isFalse();

        // readers download the sealed files, not a new rendering
        byte[] downloaded = mvc.perform(get("/documents/{id}/official.pdf", id).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        byte[] downloadedOfd = mvc.perform(get("/documents/{id}/official.ofd", id).with(users.as("czj.head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloadedOfd).isEqualTo(ofd);
        mvc.perform(get("/documents/{id}", id).with(users.as("czj.d1.clerk1"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("已加盖电子印章")));
    }

    @Test
    void whoIsNotTheSealsCustodianCannotSealAndTheStepStaysOpen() {
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, accounts);
        long id = numbered(fixtures);
        // the 机要秘书 hands 用印 to the 办公室主任, who keeps no seal
        fixtures.as("czj.secretary", () -> {
            TodoTask task = documents.currentTask(documents.read(id));
            documents.transfer(id, task.taskId(), "czj.office", "请代为用印");
            return null;
        });
        TodoTask task = fixtures.currentTask("czj.office", id);
        assertThat(task.name()).isEqualTo("用印");
        assertThatThrownBy(() -> fixtures.as("czj.office", () -> {
            documents.sendOn(id, task.taskId(), StepDecision.opinion(null));
            return null;
        })).isInstanceOf(BusinessRuleException.class);

        OfficialDocument unsealed = fixtures.as("czj.office", () -> documents.read(id));
        assertThat(unsealed.isSealed()).isFalse();
        assertThat(unsealed.getSealedPdfKey()).isNull();
        assertThat(fixtures.currentTask("czj.office", id)).isNotNull()
                .satisfies(open -> assertThat(open.name()).isEqualTo("用印"));
    }

    @Test
    void theSealedOfdFollowsTheGbT33190Schemas() throws Exception {
        DocumentFixtures fixtures = new DocumentFixtures(documents, directory, accounts);
        long id = numbered(fixtures);
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion(null));
        byte[] ofd = stored(fixtures.as("czj.d1.clerk1", () -> documents.read(id)).getSealedOfdKey());
        Map<String, Element> xml = xmlFiles(ofd);

        // OFD.xsd fixes the version of the format at 1.0
        assertThat(xml.get("OFD.xml").getAttribute("Version")).isEqualTo("1.0");
        // Signatures.xsd types MaxSignId and each signature's ID xs:ID (an NCName, which cannot start with a digit);
        // Signature.xsd the IDs of the stamp annotations too
        Element signatures = xml.get("Doc_0/Signs/Signatures.xml");
        assertThat(signatures).as("Signatures.xml in %s", xml.keySet()).isNotNull();
        Element signature = xml.entrySet().stream().filter(e -> e.getKey().endsWith("/Signature.xml"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        List<String> ids = new ArrayList<>();
        ids.add(signatures.getElementsByTagNameNS("*", "MaxSignId").item(0).getTextContent());
        for (Element root : List.of(signatures, signature)) {
            var all = root.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                String value = ((Element) all.item(i)).getAttribute("ID");
                if (!value.isEmpty()) {
                    ids.add(value);
                }
            }
        }
        assertThat(ids).hasSizeGreaterThan(2).allMatch(value -> value.matches("[A-Za-z_][A-Za-z0-9_.-]*"));
        // Signature.xsd: SignedInfo, then SignedValue
        List<String> children = new ArrayList<>();
        for (var node = signature.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element.getLocalName());
            }
        }
        assertThat(children).containsExactly("SignedInfo", "SignedValue");
        // and the rewritten signature file is still what was signed
        assertThat(seals.verify("sealed.ofd", ofd).valid()).isTrue();
    }

    /** The XML files of an OFD package by path, as their root elements. */
    private static Map<String, Element> xmlFiles(byte[] ofd) throws Exception {
        Map<String, Element> files = new HashMap<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (var in = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".xml")) {
                    files.put(entry.getName().replaceFirst("^/", ""), factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(in.readAllBytes())).getDocumentElement());
                }
            }
        }
        return files;
    }

    /** A 请示 of 市财政局 signed off and numbered: it waits at 用印 with the 机要秘书. */
    private static long numbered(DocumentFixtures fixtures) {
        OfficialDocument draft = fixtures.draft("czj.d1.clerk1", Urgency.URGENT, "关于" + TestUsers.unique("用印") + "的请示");
        long id = fixtures.signedOff(draft.getId());
        fixtures.sendOn("czj.secretary", id, StepDecision.opinion(null));
        return id;
    }

    private byte[] stored(String key) throws IOException {
        assertThat(key).isNotBlank();
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        }
    }

    /** The PDF with one byte of its first page's content changed (inside the signed byte range). */
    private static byte[] changed(byte[] pdf) {
        byte[] copy = Arrays.copyOf(pdf, pdf.length);
        int at = indexOf(pdf, "stream") + 10;
        copy[at] = (byte) (copy[at] ^ 0x01);
        return copy;
    }

    /** The OFD package with one byte of a page's content changed (the zip is rewritten so it stays readable). */
    private static byte[] changedOfd(byte[] ofd) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(ofd));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("Page_0/Content.xml")) {
                    // one digit of the first text's position
                    int at = indexOf(content, " X=\"") + 4;
                    content = Arrays.copyOf(content, content.length);
                    content[at] = (byte) (content[at] == '9' ? '8' : content[at] + 1);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
