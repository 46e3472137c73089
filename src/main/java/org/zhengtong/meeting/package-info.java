/**
 * 会议管理: a unit's meeting rooms and their bookings (overlaps refused, also when two book at once), and its meetings
 * — 议题 with presenters and papers, attendees from the organization, the plan approved on the engine, the notice in
 * every attendee's reminders and calendar, replies, sign-in, the 纪要 and its 议定事项 tracked under 督办.
 */
@org.springframework.modulith.ApplicationModule(displayName = "会议管理")
package org.zhengtong.meeting;
