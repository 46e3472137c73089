package org.zhengtong.platform.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Unit;

/** Helpers for the API tests: demo credentials, demo unit ids, JSON bodies and ids out of responses. */
@Component
class ApiFixtures {

    /** Every demo account's password (see DemoCity). */
    static final String DEMO_PASSWORD = "Demo@2026";

    private final OrganizationService organization;
    private final ObjectMapper json;

    ApiFixtures(OrganizationService organization, ObjectMapper json) {
        this.organization = organization;
        this.json = json;
    }

    /** HTTP Basic with a demo account, as a mobile client would call. */
    static RequestPostProcessor basic(String username) {
        return httpBasic(username, DEMO_PASSWORD);
    }

    Long unitId(String code) {
        return organization.allUnits().stream().filter(unit -> unit.getCode().equals(code)).map(Unit::getId)
                .findFirst().orElseThrow();
    }

    Long departmentId(String unitCode, String departmentName) {
        return organization.departmentsOf(unitId(unitCode)).stream()
                .filter(department -> department.getName().equals(departmentName))
                .findFirst().orElseThrow().getId();
    }

    String json(Object body) throws JsonProcessingException {
        return json.writeValueAsString(body);
    }

    static String body(MvcResult result) throws UnsupportedEncodingException {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static Long read(MvcResult result, String jsonPath) throws UnsupportedEncodingException {
        return ((Number) JsonPath.read(body(result), jsonPath)).longValue();
    }

    static String readString(MvcResult result, String jsonPath) throws UnsupportedEncodingException {
        return JsonPath.read(body(result), jsonPath);
    }
}
