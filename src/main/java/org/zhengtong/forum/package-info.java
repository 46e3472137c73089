/**
 * 网上论坛: boards (版块) for the whole city or some units, kept by the city's forum administrator
 * ({@code FORUM_MANAGE} in 市政府办公室), with threads, replies that may quote a post, attachments, and moderators
 * (版主) who stick, lock and hide, act on reports (举报) and leave every action in the board's log (管理日志).
 */
@org.springframework.modulith.ApplicationModule(displayName = "网上论坛")
package org.zhengtong.forum;
