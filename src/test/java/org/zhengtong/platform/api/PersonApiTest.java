package org.zhengtong.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.platform.api.ApiFixtures.basic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.Position;

@IntegrationTest
class PersonApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void theUnitAdministratorCreatesMovesAndDisablesAPerson() throws Exception {
        Long czj = fixtures.unitId("czj");
        Long budget = fixtures.departmentId("czj", "预算科");
        Long treasury = fixtures.departmentId("czj", "国库科");
        String name = TestUsers.unique("测试员");
        var created = send(post("/api/v1/people"), "czj.office",
                new PersonForm(czj, budget, name, Position.CLERK, "0735-2881234", "ceshi@czj.gov.cn", 70))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.unitName").value("市财政局"))
                .andExpect(jsonPath("$.departmentName").value("预算科"))
                .andExpect(jsonPath("$.position").value("CLERK"))
                .andExpect(jsonPath("$.phone").value("0735-2881234"))
                .andExpect(jsonPath("$.clearance").doesNotExist())
                .andReturn();
        Long id = ApiFixtures.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/people/" + id);

        send(put("/api/v1/people/{id}", id), "czj.office",
                new PersonForm(czj, treasury, name, Position.DEPUTY_SECTION_CHIEF, "", "ceshi@czj.gov.cn", 71))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.departmentId").value(treasury))
                .andExpect(jsonPath("$.departmentName").value("国库科"))
                .andExpect(jsonPath("$.position").value("DEPUTY_SECTION_CHIEF"))
                .andExpect(jsonPath("$.phone").doesNotExist());

        mvc.perform(post("/api/v1/people/{id}/disable", id).with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/units/{unitId}/people", czj).with(basic("czj.office")))
                .andExpect(jsonPath("$[?(@.name == '" + name + "')].enabled").value(hasItem(false)));
        mvc.perform(post("/api/v1/people/{id}/enable", id).with(basic("czj.office")))
                .andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void phoneAndEmailAreShownOnlyWithinTheUnitAndToTheSystemAdministrator() throws Exception {
        Long czj = fixtures.unitId("czj");
        Long id = ApiFixtures.read(send(post("/api/v1/people"), "czj.office",
                new PersonForm(czj, null, TestUsers.unique("通讯员"), Position.CLERK, "13800000000", "txy@czj.gov.cn", 72))
                .andReturn(), "$.id");

        mvc.perform(get("/api/v1/people/{id}", id).with(basic("czj.d1.clerk1")))
                .andExpect(jsonPath("$.phone").value("13800000000"))
                .andExpect(jsonPath("$.email").value("txy@czj.gov.cn"));
        mvc.perform(get("/api/v1/people/{id}", id).with(users.as("sysadmin")))
                .andExpect(jsonPath("$.phone").value("13800000000"));

        mvc.perform(get("/api/v1/people/{id}", id).with(basic("zjj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("市财政局"))
                .andExpect(jsonPath("$.phone").doesNotExist())
                .andExpect(jsonPath("$.email").doesNotExist());
        mvc.perform(get("/api/v1/units/{unitId}/people", czj).with(basic("zjj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(id.intValue())))
                .andExpect(jsonPath("$[*].phone").value(everyItem(nullValue())))
                .andExpect(jsonPath("$[*].email").value(everyItem(nullValue())));
    }

    @Test
    void anotherUnitsPeopleCannotBeChanged() throws Exception {
        Long czj = fixtures.unitId("czj");
        String name = TestUsers.unique("本局人");
        Long id = ApiFixtures.read(send(post("/api/v1/people"), "czj.office",
                new PersonForm(czj, null, name, Position.CLERK, null, null, 73)).andReturn(), "$.id");

        send(put("/api/v1/people/{id}", id), "zjj.office",
                new PersonForm(czj, null, "改名", Position.UNIT_HEAD, null, null, 1))
                .andExpect(status().isForbidden());
        send(put("/api/v1/people/{id}", id), "zjj.office",
                new PersonForm(fixtures.unitId("zjj"), null, name, Position.CLERK, null, null, 1))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/{id}/disable", id).with(basic("zjj.office")))
                .andExpect(status().isForbidden());
        send(post("/api/v1/people"), "zjj.office", new PersonForm(czj, null, name, Position.CLERK, null, null, 1))
                .andExpect(status().isForbidden());
        send(post("/api/v1/people"), "czj.d1.clerk1", new PersonForm(czj, null, name, Position.CLERK, null, null, 1))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/people/{id}", id).with(basic("czj.office")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.unitId").value(czj))
                .andExpect(jsonPath("$.position").value("CLERK"))
                .andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void aDepartmentOfAnotherUnitIsAConflict() throws Exception {
        send(post("/api/v1/people"), "czj.office", new PersonForm(fixtures.unitId("czj"),
                fixtures.departmentId("zjj", "城建科"), TestUsers.unique("错科员"), Position.CLERK, null, null, 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("科室“城建科”不属于单位“市财政局”。"));
    }

    @Test
    void unknownIdsAre404() throws Exception {
        mvc.perform(get("/api/v1/people/{id}", 987_654_321L).with(basic("czj.office")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的人员。"));
        mvc.perform(get("/api/v1/units/{unitId}/people", 987_654_321L).with(basic("czj.office")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/people/{id}/enable", 987_654_321L).with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isNotFound());
        send(post("/api/v1/people"), "czj.office", new PersonForm(fixtures.unitId("czj"), 987_654_321L,
                TestUsers.unique("无科员"), Position.CLERK, null, null, 1))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的科室。"));
    }

    @Test
    void emptyOverlongAndMalformedFieldsAre400WithChineseMessages() throws Exception {
        Long czj = fixtures.unitId("czj");
        send(post("/api/v1/people"), "czj.office", new PersonForm(czj, null, "", null, null, null, 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("name: 请填写姓名。")))
                .andExpect(jsonPath("$.detail").value(containsString("position: 此项为必填项。")));
        send(post("/api/v1/people"), "czj.office", new PersonForm(czj, null, "名".repeat(51), Position.CLERK, null, null, 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("name: 长度超出限制（最多 50 个字符）。"));
        send(post("/api/v1/people"), "czj.office",
                new PersonForm(czj, null, TestUsers.unique("格式员"), Position.CLERK, "打电话", "not-an-email", 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("email: 电子邮箱格式不正确。；phone: 电话号码格式不正确。"));
        mvc.perform(post("/api/v1/people").with(basic("czj.office")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + czj + ",\"name\":\"某人\",\"position\":\"MAYOR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("字段“position”的值无效")));
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String username, PersonForm form) throws Exception {
        return mvc.perform(request.with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(fixtures.json(form)));
    }
}
