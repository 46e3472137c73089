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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.internal.org.UnitForm;

@RestController
@RequestMapping(path = "/api/v1/units", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "单位", description = "单位（市政府、市直单位、区政府、区直单位）组成的单位树。任何登录用户可读；只有系统管理员可以新建、修改、启停和删除。")
class UnitApiController {

    private final OrganizationApiService organization;
    private final RequestTransactions requests;

    UnitApiController(OrganizationApiService organization, RequestTransactions requests) {
        this.organization = organization;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "单位列表（平铺）", description = "全部单位按排序号排列，用 parentId 表示上下级。")
    List<UnitResponse> listUnits() {
        return organization.units();
    }

    @GetMapping("/tree")
    @Operation(summary = "单位树", description = "根单位及其各级下级单位，同级按排序号排列。")
    List<UnitTreeNode> unitTree() {
        return UnitTreeNode.forest(organization.units());
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看单位")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    UnitResponse getUnit(@Parameter(description = "单位编号") @PathVariable Long id) {
        return organization.unit(id);
    }

    @PostMapping
    @Operation(summary = "新建单位", description = "仅系统管理员。单位名称和单位代码不能与已有单位重复。")
    @ApiResponse(responseCode = "201", description = "已新建；Location 为新单位的地址")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ResponseEntity<UnitResponse> createUnit(@Valid @RequestBody UnitForm form, @RequestKey String key) {
        return requests.createOnce(UnitForm.REQUEST_KIND, key, () -> organization.createUnit(form).id(),
                id -> ResponseEntity.created(ApiLocations.of("/api/v1/units/{id}", id)).body(organization.unit(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改单位", description = "仅系统管理员。改变 parentId 即调整上级单位，不能移到自己的下级单位之下。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    UnitResponse updateUnit(@Parameter(description = "单位编号") @PathVariable Long id, @Valid @RequestBody UnitForm form) {
        return organization.updateUnit(id, form);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "启用单位", description = "仅系统管理员。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    UnitResponse enableUnit(@Parameter(description = "单位编号") @PathVariable Long id) {
        return organization.setUnitEnabled(id, true);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "停用单位", description = "仅系统管理员。停用单位的人员不能再登录。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    UnitResponse disableUnit(@Parameter(description = "单位编号") @PathVariable Long id) {
        return organization.setUnitEnabled(id, false);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除单位", description = "仅系统管理员。单位下还有人员或下级单位时不能删除；其科室一并删除。")
    @ApiResponse(responseCode = "204", description = "已删除")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    void deleteUnit(@Parameter(description = "单位编号") @PathVariable Long id) {
        organization.deleteUnit(id);
    }
}
