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
import org.zhengtong.platform.internal.org.DepartmentForm;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "科室", description = "单位内的科室。任何登录用户可读；系统管理员和本单位的单位管理员可以新建、修改和启停。")
class DepartmentApiController {

    private final OrganizationApiService organization;
    private final RequestTransactions requests;

    DepartmentApiController(OrganizationApiService organization, RequestTransactions requests) {
        this.organization = organization;
        this.requests = requests;
    }

    @GetMapping("/units/{unitId}/departments")
    @Operation(summary = "单位的科室列表", description = "按排序号排列，含已停用的科室。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    List<DepartmentResponse> listDepartments(@Parameter(description = "单位编号") @PathVariable Long unitId) {
        return organization.departmentsOf(unitId);
    }

    @GetMapping("/departments/{id}")
    @Operation(summary = "查看科室")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    DepartmentResponse getDepartment(@Parameter(description = "科室编号") @PathVariable Long id) {
        return organization.department(id);
    }

    @PostMapping("/departments")
    @Operation(summary = "新建科室", description = "科室名称在本单位内不能重复；科长和分管领导须是本单位人员。")
    @ApiResponse(responseCode = "201", description = "已新建；Location 为新科室的地址")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ResponseEntity<DepartmentResponse> createDepartment(@Valid @RequestBody DepartmentForm form, @RequestKey String key) {
        return requests.createOnce(DepartmentForm.REQUEST_KIND, key, () -> organization.createDepartment(form).id(),
                id -> ResponseEntity.created(ApiLocations.of("/api/v1/departments/{id}", id)).body(organization.department(id)));
    }

    @PutMapping("/departments/{id}")
    @Operation(summary = "修改科室", description = "改变 unitId 即把科室连同其人员调到该单位，须同时管理原单位和新单位。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DepartmentResponse updateDepartment(@Parameter(description = "科室编号") @PathVariable Long id,
                              @Valid @RequestBody DepartmentForm form) {
        return organization.updateDepartment(id, form);
    }

    @PostMapping("/departments/{id}/enable")
    @Operation(summary = "启用科室")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    DepartmentResponse enableDepartment(@Parameter(description = "科室编号") @PathVariable Long id) {
        return organization.setDepartmentEnabled(id, true);
    }

    @PostMapping("/departments/{id}/disable")
    @Operation(summary = "停用科室", description = "科室下还有在岗人员时不能停用。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DepartmentResponse disableDepartment(@Parameter(description = "科室编号") @PathVariable Long id) {
        return organization.setDepartmentEnabled(id, false);
    }
}
