/**
 * 共享文件: each unit's library of folders by category (正规文件 by year, 内部指南与问答, 计划总结, 简报, 会议纪要 …) with
 * read, upload and manage permissions granted to units, departments, positions and persons; files with their 密级,
 * versions, previews of the safe types and their text for 综合检索; the unit's finished 发文 filed in 正规文件 by itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享文件")
package org.zhengtong.sharedfile;
