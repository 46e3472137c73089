package org.zhengtong.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;

@IntegrationTest
class SealWebTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Seals seals;
    @Autowired SealRepository repository;
    @Autowired OrgDirectory directory;
    @Autowired TimeStampAuthority timeStamps;
    @Autowired Clock clock;

    private long unitOf(String username) {
        return directory.person(username).orElseThrow().unitId();
    }

    @Test
    void aUnitAdministratorSeesOnlyTheirOwnUnitsSeals() throws Exception {
        Seals.SealRef own = seals.activeSeal(unitOf("czj.office")).orElseThrow();
        Seals.SealRef other = seals.activeSeal(unitOf("szfb.secretary")).orElseThrow();

        mvc.perform(get("/admin/seals").with(users.as("czj.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(own.name())))
                .andExpect(content().string(not(containsString(other.name()))));
        mvc.perform(get("/admin/seals/" + own.id()).with(users.as("czj.office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("czj.secretary")));
        mvc.perform(get("/admin/seals/" + other.id()).with(users.as("czj.office"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/seals/" + other.id() + "/image.png").with(users.as("czj.office")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/seals/" + other.id() + "/status").param("status", "DISABLED")
                .with(users.as("czj.office")).with(csrf())).andExpect(status().isForbidden());
        assertThat(repository.findById(other.id()).orElseThrow().getStatus()).isEqualTo(Seal.Status.ENABLED);

        mvc.perform(get("/admin/seals").with(users.as("czj.d1.clerk1"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/seals").with(users.as("sysadmin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(other.name())));
    }

    @Test
    void aUnitAdministratorCreatesASealWithAnImageAndCustodians() throws Exception {
        String name = TestUsers.unique("合同专用章");
        byte[] png = SealImages.roundSeal("市财政局", "合同专用章");
        mvc.perform(multipart("/admin/seals").file(new MockMultipartFile("image", "seal.png", "image/png", png))
                        .param("unitId", "999999") // ignored for a unit administrator: the seal goes to their unit
                        .param("name", name).param("kind", "CONTRACT")
                        .param("validFrom", LocalDate.now().toString())
                        .param("validTo", LocalDate.now().plusYears(2).toString())
                        .param("custodians", "czj.secretary")
                        .with(users.as("czj.office")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Seal created = repository.findByUnitIdOrderById(unitOf("czj.office")).stream()
                .filter(seal -> seal.getName().equals(name)).findFirst().orElseThrow();
        assertThat(created.getKind()).isEqualTo(Seal.Kind.CONTRACT);
        assertThat(created.getCustodians()).containsExactly("czj.secretary");
        assertThat(created.getKeystore()).isNotBlank().doesNotContain("PRIVATE KEY");

        // not a PNG: refused, nothing changes
        mvc.perform(multipart("/admin/seals/" + created.getId() + "/image")
                        .file(new MockMultipartFile("image", "seal.png", "image/png", "GIF89a....".getBytes()))
                        .with(users.as("czj.office")).with(csrf()))
                .andExpect(status().is4xxClientError());
        // a custodian from another unit: refused
        mvc.perform(post("/admin/seals/" + created.getId()).param("name", name).param("kind", "CONTRACT")
                        .param("validFrom", LocalDate.now().toString())
                        .param("validTo", LocalDate.now().plusYears(2).toString())
                        .param("custodians", "szfb.secretary")
                        .with(users.as("czj.office")).with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(repository.findById(created.getId()).orElseThrow().getCustodians()).containsExactly("czj.secretary");
    }

    @Test
    void anyoneVerifiesAFileWithoutLoggingIn() throws Exception {
        Seals.SealRef seal = seals.activeSeal(unitOf("czj.secretary")).orElseThrow();
        byte[] signed = seals.signPdf(seal.id(), "czj.secretary", SealTestFiles.pdf(),
                new Seals.StampPlacement(0, 130, 220, 42, 42));

        mvc.perform(get("/verify")).andExpect(status().isOk())
                .andExpect(content().string(containsString("验证电子签章")));
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "公文.pdf", "application/pdf", signed))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("全部签章有效")))
                .andExpect(content().string(containsString(seal.name())));
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "公文.pdf", "application/pdf",
                        SealTestFiles.changeText(signed, SealTestFiles.PDF_TEXT))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("内容已被修改")));
        mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf", signed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.format").value("PDF"))
                .andExpect(jsonPath("$.signatures[0].sealName").value(seal.name()))
                .andExpect(jsonPath("$.signatures[0].trusted").value(true));
        mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "a.ofd", "application/ofd",
                        new byte[] {1, 2, 3})))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wellFormed").value(false))
                .andExpect(jsonPath("$.valid").value(false));
        // the rest of the API still wants a login
        mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
    }

    /** The signing time as people read it, in the application's zone, not as an ISO instant (…T21:59:13Z). */
    @Test
    void theSigningTimeIsShownInLocalTime() throws Exception {
        Seals.SealRef seal = seals.activeSeal(unitOf("czj.secretary")).orElseThrow();
        byte[] signed = seals.signPdf(seal.id(), "czj.secretary", SealTestFiles.pdf(),
                new Seals.StampPlacement(0, 130, 220, 42, 42));
        Instant signedAt = seals.verify("a.pdf", signed).signatures().get(0).signedAt();

        String page = mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "公文.pdf", "application/pdf",
                        signed)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("td.verify-time").text())
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(signedAt.atZone(clock.getZone())));
        assertThat(page).doesNotContain(signedAt.toString());
    }

    @Test
    void aFileSignedWithASelfMadeCertificateShowsAsNotTrusted() throws Exception {
        java.security.KeyPair pair = SealCrypto.p256KeyPair();
        SealCrypto.Entry selfMade = new SealCrypto.Entry(pair.getPrivate(), SealCrypto.caCertificate(pair,
                SealCrypto.name("市财政局公章", "市财政局"), SealCrypto.PDF_ALGORITHM,
                java.time.Instant.now().minusSeconds(60)));
        byte[] forged = PdfSealing.sign(SealTestFiles.pdf(), selfMade, PdfSealing.chain(selfMade),
                SealImages.roundSeal("市财政局", null), "市财政局公章", "市财政局",
                new Seals.StampPlacement(0, 130, 220, 42, 42), java.time.Instant.now(), timeStamps);
        String address = "10.78." + (System.nanoTime() % 200) + ".9";

        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "公文.pdf", "application/pdf", forged))
                        .with(csrf()).with(request -> { request.setRemoteAddr(address); return request; }))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("签章人不受信任")))
                .andExpect(content().string(not(containsString("全部签章有效"))));
        mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf", forged))
                        .with(request -> { request.setRemoteAddr(address); return request; }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.signatures[0].signatureValid").value(true))
                .andExpect(jsonPath("$.signatures[0].trusted").value(false));
    }

    @Test
    void verificationsFromOneAddressAreLimited() throws Exception {
        String address = "10.77." + (System.nanoTime() % 200) + ".9";
        for (int i = 0; i < VerifyRateLimit.PER_MINUTE; i++) {
            mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                            new byte[] {1})).with(request -> { request.setRemoteAddr(address); return request; }))
                    .andExpect(status().isOk());
        }
        mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                        new byte[] {1})).with(request -> { request.setRemoteAddr(address); return request; }))
                .andExpect(status().isTooManyRequests());
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] {1}))
                        .with(csrf()).with(request -> { request.setRemoteAddr(address); return request; }))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("验证过于频繁")));
    }
}
