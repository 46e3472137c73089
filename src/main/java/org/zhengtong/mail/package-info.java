/**
 * 电子邮件: internal mail between the people of the organization — inbox, sent, drafts, trash and a tree of one's own
 * folders; to, cc and bcc chosen from the organization (a person, a department, a unit) and expanded at sending;
 * rich text, attachments, reply, forward, read receipts and recall while unread; outside addresses through the SMTP
 * server. A mailbox is its owner's alone: nobody else, no administrator either, reads an entry of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "电子邮件")
package org.zhengtong.mail;
