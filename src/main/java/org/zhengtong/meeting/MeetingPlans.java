package org.zhengtong.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * For other modules that call a meeting of their own people (a coordination group's 小组会议): plans a meeting as the
 * current user, exactly as the 会议 page's 新建会议 does — a 工作会 at 拟定 with the organizer, its plan process
 * started — which the organizer then completes and sends on through 会议管理 as usual.
 */
public interface MeetingPlans {

    /**
     * A draft plan with these people attending (usernames; the organizer hosts it); returns the meeting's id.
     * Refuses as 新建会议 does (no title, an end before the start, nobody invited, an unknown person).
     */
    long draft(String title, LocalDateTime start, LocalDateTime end, String location, List<String> attendees);

    /** The meeting's page. */
    static String link(long meetingId) {
        return "/meetings/" + meetingId;
    }
}
