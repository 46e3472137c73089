/**
 * 公文管理: outgoing (发文) and incoming (收文) official documents on the workflow engine, their numbers
 * (发文字号), body versions (痕迹保留), attachments, access by participation and clearance, and the exchange between
 * units (分发 delivers into each recipient unit's 收文 inbox).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official documents")
package org.zhengtong.document;
