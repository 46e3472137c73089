/**
 * 消息提醒: in-app notifications (站内消息) with an unread count in the navigation bar, pushed at once to the
 * recipient's open pages (pop-up and reminder strip), and e-mail and SMS
 * ({@link org.zhengtong.notification.SmsGateway}) — per kind as each person chose on 提醒设置, never in their quiet
 * hours. Listens to the workflow's events (new task, urging) reliably: the events are kept in the event publication
 * registry until the notification is written. Other modules send through
 * {@link org.zhengtong.notification.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.zhengtong.notification;
