package org.zhengtong.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * The demo city's notices of 市政府办公室: a clerk of another unit reads the city-wide 通知公告 (the 置顶 one first) but
 * not 局内新闻; szfb's own people read both; the expired notice is only in the column's archive.
 */
@IntegrationTest
class DemoNoticesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void szfbsColumnsReachTheirAudiences() throws Exception {
        String elsewhere = json("/api/v1/notices", "jyj.d1.clerk2");
        List<String> titles = JsonPath.read(elsewhere, "$[?(@.columnName == '通知公告')].title");
        assertThat(titles).startsWith("关于2027年元旦放假安排的通知").contains("关于开展政务信息系统安全检查的通知")
                .doesNotContain("关于做好秋季防火工作的通知");
        assertThat(elsewhere).doesNotContain("办公室开展读书分享活动");

        String own = json("/api/v1/notices", "szfb.d1.clerk2");
        assertThat(own).contains("办公室开展读书分享活动", "关于2027年元旦放假安排的通知");

        List<Integer> columns = JsonPath.read(json("/api/v1/notices/columns", "jyj.d1.clerk2"),
                "$[?(@.name == '通知公告' && @.unitName == '市政府办公室')].id");
        assertThat(json("/api/v1/notices/columns/" + columns.get(0) + "/notices", "jyj.d1.clerk2"))
                .contains("关于做好秋季防火工作的通知");
    }

    private String json(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
