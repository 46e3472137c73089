/**
 * 人事管理: the personnel office of a unit keeps every employee's record — 部门, 姓名, 性别, 民族, 出生日期, 身份证号,
 * 政治面貌, 职称, 职务, 学历, 毕业院校, 工作经历, phone, salary, 备注 and photo, linked to the organization's person —
 * with its history, Excel import and export; colleagues find one another by combined conditions. Each field is seen by
 * everyone of the unit, by the personnel office and the leaders it names, or by the personnel office only, as the
 * security administrator sets it; every view of a confidential field is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "人事管理")
package org.zhengtong.personnel;
