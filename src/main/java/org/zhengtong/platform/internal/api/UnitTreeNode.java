package org.zhengtong.platform.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhengtong.platform.internal.org.UnitKind;

@Schema(name = "UnitTreeNode", description = "单位树的一个节点及其下级单位")
record UnitTreeNode(
        @Schema(description = "单位编号") Long id,
        @Schema(description = "单位名称") String name,
        @Schema(description = "简称") String shortName,
        @Schema(description = "单位代码") String code,
        @Schema(description = OpenApiConfiguration.UNIT_KINDS) UnitKind kind,
        @Schema(description = "排序号，小的在前") int sortOrder,
        @Schema(description = "是否启用") boolean enabled,
        @Schema(description = "下级单位，按排序号排列") List<UnitTreeNode> children) {

    /** Builds the forest from units in display order; children keep that order. */
    static List<UnitTreeNode> forest(List<UnitResponse> unitsInOrder) {
        Map<Long, List<UnitResponse>> childrenByParent = new LinkedHashMap<>();
        List<UnitResponse> roots = new ArrayList<>();
        for (UnitResponse unit : unitsInOrder) {
            if (unit.parentId() == null) {
                roots.add(unit);
            } else {
                childrenByParent.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>()).add(unit);
            }
        }
        return roots.stream().map(root -> node(root, childrenByParent)).toList();
    }

    private static UnitTreeNode node(UnitResponse unit, Map<Long, List<UnitResponse>> childrenByParent) {
        List<UnitTreeNode> children = childrenByParent.getOrDefault(unit.id(), List.of()).stream()
                .map(child -> node(child, childrenByParent))
                .toList();
        return new UnitTreeNode(unit.id(), unit.name(), unit.shortName(), unit.code(), unit.kind(), unit.sortOrder(),
                unit.enabled(), children);
    }
}
