/**
 * 档案: 立卷归档 of finished documents by DA/T 22-2015 — the 件 as the unit, classes by 年度 / 机构(问题) / 保管期限,
 * gapless 件号 per class, 档号, the red 归档章 on the first page of the archived PDF — with GB/T 18894-2016
 * metadata, the frozen processing history, search, the 归档文件目录 and 借阅 approved on the workflow engine
 * (process {@code archive-borrowing}, business key {@code archive-borrowing:<id>}). Archived items are read-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive")
package org.zhengtong.archive;
