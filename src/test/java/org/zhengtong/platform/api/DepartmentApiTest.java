package org.zhengtong.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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
import org.zhengtong.platform.internal.org.DepartmentForm;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;

@IntegrationTest
class DepartmentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiFixtures fixtures;

    @Autowired
    OrganizationService organization;

    @Test
    void anyLoggedInUserReadsTheDepartmentsOfAUnit() throws Exception {
        Long czj = fixtures.unitId("czj");
        mvc.perform(get("/api/v1/units/{unitId}/departments", czj).with(basic("zjj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("预算科")))
                .andExpect(jsonPath("$[?(@.name == '预算科')].unitName").value(hasItem("市财政局")))
                .andExpect(jsonPath("$[?(@.name == '预算科')].headPersonName").value(hasItem(notNullValue())));
        Long budget = fixtures.departmentId("czj", "预算科");
        mvc.perform(get("/api/v1/departments/{id}", budget).with(basic("zjj.d1.clerk1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("预算科"))
                .andExpect(jsonPath("$.unitId").value(czj));
    }

    @Test
    void theUnitAdministratorCreatesRenamesAndDisablesADepartment() throws Exception {
        Long czj = fixtures.unitId("czj");
        Person head = organization.peopleOf(czj).get(0);
        String name = TestUsers.unique("测试科");
        var created = send(post("/api/v1/departments"), "czj.office", new DepartmentForm(czj, name, 80, null, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.unitId").value(czj))
                .andExpect(jsonPath("$.enabled").value(true))
                .andReturn();
        Long id = ApiFixtures.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/departments/" + id);

        String renamed = TestUsers.unique("改名科");
        send(put("/api/v1/departments/{id}", id), "czj.office", new DepartmentForm(czj, renamed, 81, head.getId(), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(renamed))
                .andExpect(jsonPath("$.headPersonId").value(head.getId()))
                .andExpect(jsonPath("$.headPersonName").value(head.getName()));

        mvc.perform(post("/api/v1/departments/{id}/disable", id).with(basic("czj.office")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/units/{unitId}/departments", czj).with(basic("czj.office")))
                .andExpect(jsonPath("$[?(@.name == '" + renamed + "')].enabled").value(hasItem(false)));
        mvc.perform(post("/api/v1/departments/{id}/enable", id).with(basic("czj.office")))
                .andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void anotherUnitsDepartmentsAreOutOfScope() throws Exception {
        Long zjj = fixtures.unitId("zjj");
        Long zjjDepartment = fixtures.departmentId("zjj", "城建科");
        String name = TestUsers.unique("越权科");
        send(post("/api/v1/departments"), "czj.office", new DepartmentForm(zjj, name, 1, null, null))
                .andExpect(status().isForbidden());
        send(put("/api/v1/departments/{id}", zjjDepartment), "czj.office", new DepartmentForm(zjj, name, 1, null, null))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/departments/{id}/disable", zjjDepartment).with(basic("czj.office")))
                .andExpect(status().isForbidden());
        send(post("/api/v1/departments"), "czj.d1.clerk1",
                new DepartmentForm(fixtures.unitId("czj"), name, 1, null, null))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/departments/{id}", zjjDepartment).with(basic("zjj.office")))
                .andExpect(jsonPath("$.name").value("城建科"))
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/units/{unitId}/departments", zjj).with(basic("zjj.office")))
                .andExpect(jsonPath("$[*].name", not(hasItem(name))));
    }

    @Test
    void duplicateNamesForeignLeadersAndDisablingAStaffedDepartmentAreConflicts() throws Exception {
        Long czj = fixtures.unitId("czj");
        send(post("/api/v1/departments"), "czj.office", new DepartmentForm(czj, "预算科", 1, null, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("本单位已有名为“预算科”的科室。"));

        Person zjjPerson = organization.peopleOf(fixtures.unitId("zjj")).get(0);
        send(post("/api/v1/departments"), "czj.office",
                new DepartmentForm(czj, TestUsers.unique("外援科"), 1, zjjPerson.getId(), null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("“" + zjjPerson.getName() + "”不是本单位人员。"));

        Long budget = fixtures.departmentId("czj", "预算科");
        mvc.perform(post("/api/v1/departments/{id}/disable", budget).with(basic("czj.office")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("科室“预算科”下还有在岗人员，不能停用。"));
        mvc.perform(get("/api/v1/departments/{id}", budget).with(basic("czj.office")))
                .andExpect(jsonPath("$.enabled").value(true));
    }

    @Test
    void unknownIdsAre404() throws Exception {
        mvc.perform(get("/api/v1/units/{unitId}/departments", 987_654_321L).with(basic("czj.office")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的单位。"));
        mvc.perform(get("/api/v1/departments/{id}", 987_654_321L).with(basic("czj.office")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到编号为 987654321 的科室。"));
        send(put("/api/v1/departments/{id}", 987_654_321L), "czj.office",
                new DepartmentForm(fixtures.unitId("czj"), TestUsers.unique("无此科"), 1, null, null))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/departments/{id}/enable", 987_654_321L).with(basic("czj.office")))
                .andExpect(status().isNotFound());
    }

    @Test
    void emptyAndOverlongFieldsAre400WithChineseMessages() throws Exception {
        Long czj = fixtures.unitId("czj");
        send(post("/api/v1/departments"), "czj.office", new DepartmentForm(null, " ", 1, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("name: 请填写科室名称。")))
                .andExpect(jsonPath("$.detail").value(containsString("unitId: 此项为必填项。")));
        send(post("/api/v1/departments"), "czj.office", new DepartmentForm(czj, "科".repeat(101), 1, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("name: 长度超出限制（最多 100 个字符）。"));
    }

    private ResultActions send(MockHttpServletRequestBuilder request,
                               String username, DepartmentForm form) throws Exception {
        return mvc.perform(request.with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(fixtures.json(form)));
    }
}
