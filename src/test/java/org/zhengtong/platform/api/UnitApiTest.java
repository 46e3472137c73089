package org.zhengtong.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.platform.api.ApiFixtures.basic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.org.UnitForm;
import org.zhengtong.platform.internal.org.UnitKind;

@IntegrationTest
class UnitApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void anyLoggedInUserReadsTheUnitsFlatAndAsATree() throws Exception {
        Long szf = fixtures.unitId("szf");
        Long czj = fixtures.unitId("czj");
        mvc.perform(get("/api/v1/units").with(basic("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'czj')].name").value(hasItem("市财政局")));
        mvc.perform(get("/api/v1/units/tree").with(basic("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'szf')].children[*].code").value(hasItem("czj")))
                .andExpect(jsonPath("$[?(@.code == 'szf')].children[?(@.code == 'bhq')].children[*].code").value(hasItem("bhczj")));
        mvc.perform(get("/api/v1/units/{id}", czj).with(basic("czj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("czj"))
                .andExpect(jsonPath("$.kind").value("CITY_UNIT"))
                .andExpect(jsonPath("$.parentId").value(szf))
                .andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void theSystemAdministratorCreatesUpdatesDisablesAndDeletesAUnit() throws Exception {
        Long szf = fixtures.unitId("szf");
        String name = TestUsers.unique("市测试局");
        String code = TestUsers.unique("t");
        var created = mvc.perform(asSystemAdmin(post("/api/v1/units"),
                        new UnitForm(name, "测试局", code, UnitKind.CITY_UNIT, szf, 900)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.parentId").value(szf))
                .andReturn();
        Long id = ApiFixtures.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/units/" + id);
        mvc.perform(get("/api/v1/units/{id}", id).with(basic("czj.office")))
                .andExpect(jsonPath("$.shortName").value("测试局"));

        String renamed = TestUsers.unique("市改名局");
        mvc.perform(asSystemAdmin(put("/api/v1/units/{id}", id),
                        new UnitForm(renamed, null, code, UnitKind.DISTRICT_UNIT, fixtures.unitId("bhq"), 5)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.shortName").doesNotExist())
                .andExpect(jsonPath("$.kind").value("DISTRICT_UNIT"));
        mvc.perform(get("/api/v1/units/tree").with(basic("czj.office")))
                .andExpect(jsonPath("$[?(@.code == 'szf')].children[?(@.code == 'bhq')].children[*].name")
                        .value(hasItem(renamed)));

        mvc.perform(post("/api/v1/units/{id}/disable", id).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(post("/api/v1/units/{id}/enable", id).with(users.as("sysadmin")).with(csrf()))
                .andExpect(jsonPath("$.enabled").value(true));

        mvc.perform(delete("/api/v1/units/{id}", id).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/units/{id}", id).with(basic("czj.office")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSystemAdministratorChangesUnits() throws Exception {
        Long czj = fixtures.unitId("czj");
        String name = TestUsers.unique("越权局");
        mvc.perform(post("/api/v1/units").with(basic("czj.office")).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(new UnitForm(name, null, TestUsers.unique("t"), UnitKind.CITY_UNIT, null, 1))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有权限执行此操作或查看此内容。"));
        mvc.perform(put("/api/v1/units/{id}", czj).with(basic("czj.office")).contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.json(new UnitForm("市财政局改", null, "czj", UnitKind.CITY_UNIT, null, 1))))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/units/{id}", czj).with(basic("czj.office")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/units").with(basic("czj.office")))
                .andExpect(jsonPath("$[*].name", not(hasItem(name))))
                .andExpect(jsonPath("$[?(@.code == 'czj')].name").value(hasItem("市财政局")));
    }

    @Test
    void duplicatesCyclesAndUnitsWithPeopleOrChildrenAreConflicts() throws Exception {
        Long szf = fixtures.unitId("szf");
        Long czj = fixtures.unitId("czj");
        mvc.perform(asSystemAdmin(post("/api/v1/units"),
                        new UnitForm("市财政局", null, TestUsers.unique("t"), UnitKind.CITY_UNIT, szf, 1)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("单位名称“市财政局”已存在。"));
        mvc.perform(asSystemAdmin(post("/api/v1/units"),
                        new UnitForm(TestUsers.unique("重码局"), null, "czj", UnitKind.CITY_UNIT, szf, 1)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("单位代码“czj”已存在。"));

        mvc.perform(delete("/api/v1/units/{id}", czj).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("单位“市财政局”下还有人员，不能删除。"));
        mvc.perform(get("/api/v1/units/{id}", czj).with(basic("czj.office"))).andExpect(status().isOk());

        String parentName = TestUsers.unique("上级局");
        Long parent = ApiFixtures.read(mvc.perform(asSystemAdmin(post("/api/v1/units"),
                        new UnitForm(parentName, null, TestUsers.unique("p"), UnitKind.CITY_UNIT, szf, 1)))
                .andReturn(), "$.id");
        String childCode = TestUsers.unique("c");
        Long child = ApiFixtures.read(mvc.perform(asSystemAdmin(post("/api/v1/units"),
                        new UnitForm(TestUsers.unique("下级局"), null, childCode, UnitKind.CITY_UNIT, parent, 1)))
                .andReturn(), "$.id");
        mvc.perform(delete("/api/v1/units/{id}", parent).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("下级单位")));
        mvc.perform(asSystemAdmin(put("/api/v1/units/{id}", parent),
                        new UnitForm(parentName, null, TestUsers.unique("p"), UnitKind.CITY_UNIT, child, 1)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("不能把“" + parentName + "”移到其下级单位")));
        mvc.perform(get("/api/v1/units/{id}", parent).with(basic("czj.office")))
                .andExpect(jsonPath("$.parentId").value(szf));
    }

    @Test
    void unknownUnitsAre404() throws Exception {
        mvc.perform(get("/api/v1/units/{id}", 987_654_321L).with(basic("czj.office")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的单位。"));
        mvc.perform(asSystemAdmin(put("/api/v1/units/{id}", 987_654_321L),
                        new UnitForm(TestUsers.unique("无此局"), null, TestUsers.unique("t"), UnitKind.CITY_UNIT, null, 1)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/units/{id}", 987_654_321L).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(asSystemAdmin(post("/api/v1/units"),
                        new UnitForm(TestUsers.unique("孤儿局"), null, TestUsers.unique("t"), UnitKind.CITY_UNIT, 987_654_321L, 1)))
                .andExpect(status().isNotFound());
    }

    @Test
    void emptyOverlongAndMalformedFieldsAre400WithChineseMessages() throws Exception {
        mvc.perform(asSystemAdmin(post("/api/v1/units"), new UnitForm("", null, "", null, null, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("请填写单位名称。")))
                .andExpect(jsonPath("$.detail").value(containsString("请填写单位代码。")))
                .andExpect(jsonPath("$.detail").value(containsString("kind: 此项为必填项。")));
        mvc.perform(asSystemAdmin(post("/api/v1/units"),
                        new UnitForm("局".repeat(101), null, TestUsers.unique("t"), UnitKind.CITY_UNIT, null, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("name: 长度超出限制（最多 100 个字符）。"));
        mvc.perform(asSystemAdmin(post("/api/v1/units"),
                        new UnitForm(TestUsers.unique("格式局"), null, "财政", UnitKind.CITY_UNIT, null, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("单位代码只能包含字母、数字、下划线和连字符")));

        mvc.perform(post("/api/v1/units").with(users.as("sysadmin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"某局\",\"code\":\"mj\",\"kind\":\"BUREAU\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("字段“kind”的值无效，可选值：CITY_GOVERNMENT")));
        mvc.perform(post("/api/v1/units").with(users.as("sysadmin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"某局\",\"parentId\":\"上级\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("字段“parentId”的值格式不正确。"));
        mvc.perform(post("/api/v1/units").with(users.as("sysadmin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求内容不是有效的 JSON。"));
        mvc.perform(get("/api/v1/units/{id}", "czj").with(basic("czj.office")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("参数“id”的值“czj”格式不正确。"));
    }

    private MockHttpServletRequestBuilder asSystemAdmin(MockHttpServletRequestBuilder request, UnitForm form)
            throws Exception {
        return request.with(users.as("sysadmin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(fixtures.json(form));
    }
}
