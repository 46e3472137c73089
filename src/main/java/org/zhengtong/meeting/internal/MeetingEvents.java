package org.zhengtong.meeting.internal;

/** Events inside the module: what its own listeners do after the change has committed. */
final class MeetingEvents {

    private MeetingEvents() {
    }

    /** The meeting's notice goes out (again, to whoever has not had it: a stand-in). */
    record Noticed(long meetingId) {
    }

    /** An attendee replied: on 请假 the meeting leaves her calendar (no reminder to attend), on 参加 it is back. */
    record Replied(long meetingId, String username) {
    }

    /** The meeting was cancelled: its calendar entries go. */
    record Cancelled(long meetingId) {
    }

    /** The 纪要 was published to the attendees. */
    record MinutesPublished(long meetingId) {
    }
}
