/**
 * 领导日程安排: the secretaries keep the schedules of the leaders assigned to them (time, place, activity, 陪同,
 * visibility), clashes with the leader's other entries and meetings are shown, and the leaders and the office see the
 * unit's week as one 领导活动安排表 (page, PDF, Excel); every entry is also written into the leader's own calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "领导日程")
package org.zhengtong.leaderschedule;
