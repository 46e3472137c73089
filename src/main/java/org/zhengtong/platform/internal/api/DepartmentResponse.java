package org.zhengtong.platform.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhengtong.platform.internal.org.Department;
import org.zhengtong.platform.internal.org.Person;

@Schema(name = "Department", description = "科室")
record DepartmentResponse(
        @Schema(description = "科室编号") Long id,
        @Schema(description = "所属单位编号") Long unitId,
        @Schema(description = "所属单位名称") String unitName,
        @Schema(description = "科室名称", example = "预算科") String name,
        @Schema(description = "排序号，小的在前") int sortOrder,
        @Schema(description = "是否启用") boolean enabled,
        @Schema(description = "科长（人员编号），可为空") Long headPersonId,
        @Schema(description = "科长姓名") String headPersonName,
        @Schema(description = "分管领导（人员编号），可为空") Long leaderPersonId,
        @Schema(description = "分管领导姓名") String leaderPersonName) {

    static DepartmentResponse of(Department department) {
        Person head = department.getHead();
        Person leader = department.getLeaderInCharge();
        return new DepartmentResponse(department.getId(), department.getUnit().getId(), department.getUnit().getName(),
                department.getName(), department.getSortOrder(), department.isEnabled(),
                head == null ? null : head.getId(), head == null ? null : head.getName(),
                leader == null ? null : leader.getId(), leader == null ? null : leader.getName());
    }
}
