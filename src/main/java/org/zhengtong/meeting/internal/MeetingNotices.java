package org.zhengtong.meeting.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.calendar.CalendarEntryRequest;
import org.zhengtong.calendar.Calendars;
import org.zhengtong.calendar.EntryType;
import org.zhengtong.notification.Notifications;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.OrgDirectory;

/**
 * Sends a noticed meeting to its attendees: a 会议通知 in each one's reminders (once per meeting and person) and an
 * entry in each one's calendar with the meeting's reminder before its start, which the calendar fires — taken out
 * again for whoever replies 请假, back when she replies 参加. Idempotent: a second delivery writes the same entries
 * and no second notification. A cancelled meeting's entries go.
 */
@Component
class MeetingNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MeetingRepository meetings;
    private final AttendeeRepository attendees;
    private final MeetingService meetingService;
    private final Notifications notifications;
    private final Calendars calendars;
    private final OrgDirectory directory;
    private final MessageSource messages;

    MeetingNotices(MeetingRepository meetings, AttendeeRepository attendees, MeetingService meetingService,
                   Notifications notifications, Calendars calendars, OrgDirectory directory,
                   MessageSource messages) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.meetingService = meetingService;
        this.notifications = notifications;
        this.calendars = calendars;
        this.directory = directory;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(MeetingEvents.Noticed event) {
        Meeting meeting = meetings.findById(event.meetingId()).orElse(null);
        if (meeting == null || meeting.getStatus() != Meeting.Status.NOTICED) {
            return;
        }
        String place = meetingService.place(meeting);
        String title = text("meeting.notice.title", meeting.getTitle());
        String body = text("meeting.notice.body", meeting.getStartsAt().format(WHEN),
                meeting.getEndsAt().format(WHEN), place == null ? "" : place,
                meeting.getHost() == null ? "" : directory.nameOf(meeting.getHost()));
        String link = "/meetings/" + meeting.getId();
        for (Attendee attendee : attendees.findByMeetingIdOrderByIdAsc(meeting.getId())) {
            // one who asked for leave is left alone here: her reply's own event took the meeting out of her calendar
            if (attendee.getReply() != Attendee.Reply.LEAVE) {
                calendar(meeting, attendee, place);
            }
            notifications.sendOnce(ReminderKind.MEETING, "meeting-notice:" + meeting.getId() + ":"
                    + attendee.getUsername(), attendee.getUsername(), title, body, link);
        }
    }

    @ApplicationModuleListener
    void on(MeetingEvents.Replied event) {
        Meeting meeting = meetings.findById(event.meetingId()).orElse(null);
        if (meeting == null || meeting.getStatus() != Meeting.Status.NOTICED) {
            return;
        }
        attendees.findByMeetingIdAndUsername(meeting.getId(), event.username())
                .ifPresent(attendee -> calendar(meeting, attendee, meetingService.place(meeting)));
    }

    /** The meeting in the attendee's calendar with its reminder — not for one who asked for leave (请假). */
    private void calendar(Meeting meeting, Attendee attendee, String place) {
        if (attendee.getReply() == Attendee.Reply.LEAVE) {
            calendars.remove(meeting.businessKey(), attendee.getUsername());
            return;
        }
        calendars.put(new CalendarEntryRequest(meeting.businessKey(), attendee.getUsername(), EntryType.MEETING,
                meeting.getTitle(), place, text("meeting.notice.calendar", text(meeting.getKind().messageKey())),
                meeting.getStartsAt(), meeting.getEndsAt(), false, List.of(meeting.getReminderMinutes()),
                "/meetings/" + meeting.getId()));
    }

    @ApplicationModuleListener
    void on(MeetingEvents.Cancelled event) {
        meetings.findById(event.meetingId()).ifPresent(m -> calendars.remove(m.businessKey()));
    }

    @ApplicationModuleListener
    void on(MeetingEvents.MinutesPublished event) {
        Meeting meeting = meetings.findById(event.meetingId()).orElse(null);
        if (meeting == null) {
            return;
        }
        String title = text("meeting.minutes.published", meeting.getTitle());
        for (Attendee attendee : attendees.findByMeetingIdOrderByIdAsc(meeting.getId())) {
            notifications.sendOnce(ReminderKind.MEETING, "meeting-minutes:" + meeting.getId() + ":"
                    + attendee.getUsername(), attendee.getUsername(), title, null, "/meetings/" + meeting.getId()
                    + "#minutes");
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
