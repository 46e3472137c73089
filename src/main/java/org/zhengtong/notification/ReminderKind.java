package org.zhengtong.notification;

/**
 * What a notification is about. Each person chooses per kind which channels besides the in-app list reach them (the
 * pop-up, e-mail, SMS); the names are {@code notification.kind.<KIND>} in the notification bundle.
 */
public enum ReminderKind {
    /** A new task in the to-do window. */
    TASK,
    /** 文件到达提醒: a 收文 has arrived at one's unit and waits to be signed for. */
    FILE_ARRIVAL,
    /** A task urged, overdue or escalated (催办, 督办). */
    OVERDUE,
    /** A record on one's process by someone else, such as 退文. */
    RECORD,
    MAIL,
    CALENDAR,
    MEETING,
    MESSAGE,
    /** 车辆: a car's maintenance, insurance or annual inspection falls due (to the unit's fleet managers). */
    VEHICLE,
    /** 办公用品: an item's stock has fallen below its reorder level (to the store's keepers). */
    SUPPLIES,
    /** 图书资料: a loan falls due or is overdue (to the reader; overdue ones to the librarians too). */
    LIBRARY
}
