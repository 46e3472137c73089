package org.zhengtong.meeting.internal;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.zhengtong.platform.Classification;

/**
 * A meeting's plan: kind, title, host, 记录人, a room (booked with the plan) or a place, local start and end, 密级,
 * the reminder before the start (minutes), its 议题 and whom it invites.
 */
public record MeetingForm(MeetingKind kind,
                          @Size(max = 200) String title,
                          @Size(max = 40) String host,
                          @Size(max = 40) String recorder,
                          Long roomId,
                          @Size(max = 200) String location,
                          LocalDateTime start,
                          LocalDateTime end,
                          Classification classification,
                          Integer reminderMinutes,
                          List<TopicForm> topics,
                          List<InviteeForm> invitees) {

    public static final String REQUEST_KIND = "meeting.meeting";

    /** A 议题: title, presenter (username), 密级. */
    public record TopicForm(@Size(max = 200) String title, @Size(max = 40) String presenter,
                            Classification classification) {
    }

    /** Whom to invite: a person (username), department or unit (id), or position (code in the meeting's unit). */
    public record InviteeForm(Invitee.Kind kind, @Size(max = 40) String target, Attendee.Role role) {
    }
}
