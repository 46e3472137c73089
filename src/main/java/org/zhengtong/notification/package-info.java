/**
 * 消息提醒: in-app notifications (站内消息) with an unread count in the navigation bar, and e-mail to people who
 * have an address. Listens to the workflow's events (new task, urging) reliably: the events are kept in the event
 * publication registry until the notification is written. Other modules send through {@link
 * org.zhengtong.notification.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.zhengtong.notification;
