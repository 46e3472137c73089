package org.zhengtong.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.personnel.PersonnelTestKit.COLLEAGUE;
import static org.zhengtong.personnel.PersonnelTestKit.OFFICE;
import static org.zhengtong.personnel.PersonnelTestKit.OTHER_UNIT;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.personnel.internal.PersonnelService;
import org.zhengtong.platform.OrgDirectory;

/**
 * An employee's photo: the personnel office uploads a JPEG or PNG (checked by its content, at most 2 MB); a script
 * named .png is refused (400), a photo over the limit too (413), a missing file (400), each with a Chinese message
 * and nothing saved; colleagues see the photo as the image it is, another unit does not find it.
 */
@IntegrationTest
class PersonnelPhotoTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PersonnelService service;
    @Autowired OrgDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theOfficeUploadsAnImageThatColleaguesSeeAndAnythingElseIsRefused() throws Exception {
        long id = PersonnelTestKit.create(as, service, PersonnelTestKit.form(directory, TestUsers.unique("照片"),
                PersonnelTestKit.idNumber(PersonnelTestKit.randomBirthDate(), true)));
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);

        mvc.perform(multipart("/personnel/{id}/photo", id)
                        .file(new MockMultipartFile("photo", "face.png", "image/png",
                                "<script>alert(1)</script>".getBytes()))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("照片只能是 JPG 或 PNG 文件。")));
        byte[] large = new byte[2 * 1024 * 1024 + 10];
        System.arraycopy(jpeg.toByteArray(), 0, large, 0, 3);
        mvc.perform(multipart("/api/v1/personnel/records/{id}/photo", id)
                        .file(new MockMultipartFile("photo", "big.jpg", "image/jpeg", large))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value("照片不能超过 2 MB。"));
        mvc.perform(multipart("/personnel/{id}/photo", id).with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择要上传的照片")));
        mvc.perform(multipart("/personnel/{id}/photo", id)
                        .file(new MockMultipartFile("photo", "face.jpg", "image/jpeg", jpeg.toByteArray()))
                        .with(users.as(COLLEAGUE)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select photo_key from personnel_record where id = ?", String.class, id))
                .isNull();
        mvc.perform(get("/personnel/{id}/photo", id).with(users.as(COLLEAGUE))).andExpect(status().isNotFound());

        mvc.perform(multipart("/personnel/{id}/photo", id)
                        .file(new MockMultipartFile("photo", "face.jpg", "text/plain", jpeg.toByteArray()))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        byte[] shown = mvc.perform(get("/personnel/{id}/photo", id).with(users.as(COLLEAGUE)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(shown).isEqualTo(jpeg.toByteArray());
        mvc.perform(get("/personnel/{id}", id).with(users.as(COLLEAGUE)))
                .andExpect(content().string(containsString("/personnel/" + id + "/photo")));
        mvc.perform(get("/personnel/{id}/photo", id).with(users.as(OTHER_UNIT))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/personnel/records/{id}/history", id).with(users.as(COLLEAGUE)))
                .andExpect(jsonPath("$[0].field").value("PHOTO"))
                .andExpect(jsonPath("$[0].newValue").value("face.jpg"));
    }
}
