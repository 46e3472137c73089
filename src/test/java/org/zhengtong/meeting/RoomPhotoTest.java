package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.RoomForm;
import org.zhengtong.meeting.internal.RoomService;

/**
 * A meeting room's photo: its manager uploads a PNG or JPEG, everyone who sees the room sees the photo (served as the
 * image the server found it to be); a script named .png, a missing file or someone of another unit are refused.
 */
@IntegrationTest
class RoomPhotoTest {

    private static final String MANAGER = "czj.office", OTHER_UNIT = "mzj.d1.clerk1";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired RoomService rooms;

    @Test
    void theManagerUploadsAPhotoThatEveryoneWhoSeesTheRoomSees() throws Exception {
        long room = as.call(MANAGER, () -> rooms.create(new RoomForm(TestUsers.unique("第九会议室"), "东楼", 20,
                "投影", null, false, java.util.List.of(), true)));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);

        mvc.perform(multipart("/meetings/rooms/{id}/photo", room)
                        .file(new MockMultipartFile("photo", "<b>x</b>.html.png", "text/html",
                                "<script>alert(1)</script>".getBytes()))
                        .with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("照片只能是 JPG 或 PNG 文件")));
        mvc.perform(multipart("/meetings/rooms/{id}/photo", room).with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择要上传的照片")));
        mvc.perform(get("/meetings/rooms/{id}/photo", room).with(users.as(MANAGER))).andExpect(status().isNotFound());

        mvc.perform(multipart("/meetings/rooms/{id}/photo", room)
                        .file(new MockMultipartFile("photo", "room.png", "image/png", png.toByteArray()))
                        .with(users.as(OTHER_UNIT)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/meetings/rooms/{id}/photo", room)
                        .file(new MockMultipartFile("photo", "room.png", "image/png", png.toByteArray()))
                        .with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        byte[] shown = mvc.perform(get("/meetings/rooms/{id}/photo", room).with(users.as("czj.d1.clerk1")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(shown).isEqualTo(png.toByteArray());
        mvc.perform(get("/meetings/rooms").with(users.as("czj.d1.clerk1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/meetings/rooms/" + room + "/photo")));
        mvc.perform(get("/meetings/rooms/{id}/photo", room).with(users.as(OTHER_UNIT))).andExpect(status().isNotFound());
    }
}
