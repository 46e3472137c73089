package org.zhengtong.platform.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhengtong.platform.internal.org.Unit;
import org.zhengtong.platform.internal.org.UnitKind;

@Schema(name = "Unit", description = "单位")
record UnitResponse(
        @Schema(description = "单位编号") Long id,
        @Schema(description = "单位名称", example = "市财政局") String name,
        @Schema(description = "简称", example = "市财政局") String shortName,
        @Schema(description = "单位代码", example = "czj") String code,
        @Schema(description = OpenApiConfiguration.UNIT_KINDS)
        UnitKind kind,
        @Schema(description = "上级单位编号，根单位为空") Long parentId,
        @Schema(description = "排序号，小的在前") int sortOrder,
        @Schema(description = "是否启用") boolean enabled) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.getId(), unit.getName(), unit.getShortName(), unit.getCode(), unit.getKind(),
                unit.getParent() == null ? null : unit.getParent().getId(), unit.getSortOrder(), unit.isEnabled());
    }
}
