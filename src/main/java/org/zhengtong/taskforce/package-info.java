/**
 * 专项工作协调: the city's coordination groups (领导小组, 协调推进小组) as their founding notice sets them up — the
 * leading group (组长, 副组长 and the working groups each oversees, 成员), the office (办公室) at its seat unit and the
 * working groups with their lead and member units — and the tasks the office hands to working groups or units, handled
 * on the engine (progress reports, completion, acceptance or sending back) with their deadlines in 督办. A group meets
 * through 会议管理, is closed when no task is open and is archived with its structure, tasks and reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "专项工作协调")
package org.zhengtong.taskforce;
