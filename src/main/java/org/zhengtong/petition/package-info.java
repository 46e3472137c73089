/**
 * 信访管理 (信访工作条例 2022): the 信访 office registers letters (scanned), visits (individual and group), calls and
 * online submissions with the petitioner's data, sees earlier petitions of the same person and similar ones; the
 * matter goes 拟办 (受理, 不予受理 or 转送 with a written notice) → 领导批示 → 交办 to one or several units, never the
 * one complained about → 办理 and 报告 → 审核答复意见 → 答复 → 回访 → 办结 → 归档, on the workflow engine and
 * designable per unit; every deadline counted in working days is a task's due date in 督办 and is urged before it
 * runs out. 复查 and 复核 are cases linked to the one they review. The petitioner's personal data is seen only by the
 * case's handlers and the office, and every opening is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "信访管理")
package org.zhengtong.petition;
