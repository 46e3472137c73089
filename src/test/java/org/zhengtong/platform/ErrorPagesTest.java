package org.zhengtong.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/** The error page names what happened (页面不存在, 无权访问), and the site has its icon. */
@IntegrationTest
class ErrorPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void aMissingPageSaysSo() throws Exception {
        // MockMvc does not forward to the error page: the container's error dispatch is played here
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(users.as("czj.d1.clerk1"))
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .requestAttr("jakarta.servlet.error.request_uri", "/no-such-page"))
                .andExpect(content().string(containsString("页面不存在")))
                .andExpect(content().string(not(containsString("请求无法完成"))));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(users.as("czj.d1.clerk1"))
                        .requestAttr("jakarta.servlet.error.status_code", 403))
                .andExpect(content().string(containsString("无权访问")));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(users.as("czj.d1.clerk1"))
                        .requestAttr("jakarta.servlet.error.status_code", 400))
                .andExpect(content().string(containsString("请求有误")));
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).with(users.as("czj.d1.clerk1"))
                        .requestAttr("jakarta.servlet.error.status_code", 503))
                .andExpect(content().string(containsString("服务暂不可用")));
    }

    @Test
    void theFaviconIsServedToEveryoneAndLinkedFromTheLayout() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/")));
        mvc.perform(get("/favicon.svg")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")));
        mvc.perform(get("/").with(users.as("czj.d1.clerk1")))
                .andExpect(content().string(containsString("rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\"")));
    }
}
