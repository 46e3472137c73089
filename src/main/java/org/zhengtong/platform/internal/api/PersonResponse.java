package org.zhengtong.platform.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhengtong.platform.internal.org.Department;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.Position;

@Schema(name = "Person", description = "人员（通讯录条目）。电话和邮箱只对同单位人员和系统管理员显示，其他人看到的是空值。")
record PersonResponse(
        @Schema(description = "人员编号") Long id,
        @Schema(description = "所属单位编号") Long unitId,
        @Schema(description = "所属单位名称") String unitName,
        @Schema(description = "所属科室编号，单位领导可为空") Long departmentId,
        @Schema(description = "所属科室名称") String departmentName,
        @Schema(description = "姓名") String name,
        @Schema(description = OpenApiConfiguration.POSITIONS)
        Position position,
        @Schema(description = "电话；对其他单位的用户不显示") String phone,
        @Schema(description = "手机；对其他单位的用户不显示") String mobile,
        @Schema(description = "办公室（房间号）") String room,
        @Schema(description = "电子邮箱；对其他单位的用户不显示") String email,
        @Schema(description = "排序号，小的在前") int sortOrder,
        @Schema(description = "是否在岗（启用）") boolean enabled) {

    static PersonResponse of(Person person, boolean withContactDetails) {
        Department department = person.getDepartment();
        return new PersonResponse(person.getId(), person.getUnit().getId(), person.getUnit().getName(),
                department == null ? null : department.getId(), department == null ? null : department.getName(),
                person.getName(), person.getPosition(),
                withContactDetails ? person.getPhone() : null, withContactDetails ? person.getMobile() : null,
                person.getRoom(), withContactDetails ? person.getEmail() : null,
                person.getSortOrder(), person.isEnabled());
    }
}
