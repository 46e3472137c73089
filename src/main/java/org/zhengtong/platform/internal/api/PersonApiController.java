package org.zhengtong.platform.internal.api;

import static org.zhengtong.platform.internal.api.OpenApiConfiguration.BAD_REQUEST;
import static org.zhengtong.platform.internal.api.OpenApiConfiguration.CONFLICT;
import static org.zhengtong.platform.internal.api.OpenApiConfiguration.NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.internal.org.PersonForm;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "人员", description = "单位的人员，即通讯录。任何登录用户可读姓名、职务和所属科室；电话和电子邮箱只对同单位人员和系统管理员显示。"
        + "系统管理员和本单位的单位管理员可以新建、修改和启停。")
class PersonApiController {

    private final OrganizationApiService organization;
    private final RequestTransactions requests;

    PersonApiController(OrganizationApiService organization, RequestTransactions requests) {
        this.organization = organization;
        this.requests = requests;
    }

    @GetMapping("/units/{unitId}/people")
    @Operation(summary = "单位的人员列表", description = "按排序号排列，含已停用的人员。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    List<PersonResponse> listPeople(@Parameter(description = "单位编号") @PathVariable Long unitId) {
        return organization.peopleOf(unitId);
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "查看人员")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    PersonResponse getPerson(@Parameter(description = "人员编号") @PathVariable Long id) {
        return organization.person(id);
    }

    @PostMapping("/people")
    @Operation(summary = "新建人员", description = "科室须属于所填单位；可不填科室（如单位领导）。")
    @ApiResponse(responseCode = "201", description = "已新建；Location 为新人员的地址")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ResponseEntity<PersonResponse> createPerson(@Valid @RequestBody PersonForm form, @RequestKey String key) {
        return requests.createOnce(PersonForm.REQUEST_KIND, key, () -> organization.createPerson(form).id(),
                id -> ResponseEntity.created(ApiLocations.of("/api/v1/people/{id}", id)).body(organization.person(id)));
    }

    @PutMapping("/people/{id}")
    @Operation(summary = "修改人员", description = "改变 unitId 或 departmentId 即调动，调到其他单位须同时管理两个单位。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    PersonResponse updatePerson(@Parameter(description = "人员编号") @PathVariable Long id, @Valid @RequestBody PersonForm form) {
        return organization.updatePerson(id, form);
    }

    @PostMapping("/people/{id}/enable")
    @Operation(summary = "启用人员")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    PersonResponse enablePerson(@Parameter(description = "人员编号") @PathVariable Long id) {
        return organization.setPersonEnabled(id, true);
    }

    @PostMapping("/people/{id}/disable")
    @Operation(summary = "停用人员", description = "停用的人员不能再登录。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    PersonResponse disablePerson(@Parameter(description = "人员编号") @PathVariable Long id) {
        return organization.setPersonEnabled(id, false);
    }
}
