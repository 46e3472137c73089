/**
 * 在线联络: instant messages between the people of the organization — conversations of two (one per pair) and small
 * groups (2 to 50 people), pushed at once to the participants' open pages over the reminders' server-sent-event stream,
 * kept for those who are not there and announced at their next login (消息离线送达), with unread counts, read marks,
 * search in one's own history and each person's presence (online, away, out per 外出登记, offline). A conversation is
 * its participants' own, like a mailbox: nobody else, no administrator either, reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "在线联络")
package org.zhengtong.messages;
