/**
 * 日程 (个人日程安排): each person's calendar of timed and all-day entries of a few coloured types, repeating daily,
 * weekly or monthly with exceptions, with reminders at chosen offsets; shared read-only with named people, exported
 * and subscribed to as iCalendar. Other modules (会议, 领导日程, 值班) write entries through {@link
 * org.zhengtong.calendar.Calendars}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "日程")
package org.zhengtong.calendar;
