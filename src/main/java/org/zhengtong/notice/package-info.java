/**
 * 电子公告: a unit's columns (栏目: 通知公告, 局内新闻 …), each with its own publishers, reviewers and audience (the whole
 * city, units, departments, positions), kept by the unit administrator ({@code NOTICE_MANAGE}); notices published
 * there after the unit's review on the workflow engine, read by their audience with unread marks and read receipts,
 * on the 工作台 until they expire and in the column's archive after.
 */
@org.springframework.modulith.ApplicationModule(displayName = "电子公告")
package org.zhengtong.notice;
