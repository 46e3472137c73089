package org.zhengtong.meeting.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.meeting.MeetingPlans;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUsers;

/** {@link MeetingPlans} through the plan the 会议 page makes ({@link MeetingService#create}). */
@Service
@Transactional
class MeetingPlansService implements MeetingPlans {

    private final MeetingService meetings;
    private final CurrentUsers currentUsers;

    MeetingPlansService(MeetingService meetings, CurrentUsers currentUsers) {
        this.meetings = meetings;
        this.currentUsers = currentUsers;
    }

    @Override
    public long draft(String title, LocalDateTime start, LocalDateTime end, String location, List<String> attendees) {
        List<MeetingForm.InviteeForm> invitees = attendees.stream().distinct()
                .map(username -> new MeetingForm.InviteeForm(Invitee.Kind.PERSON, username, Attendee.Role.ATTENDEE))
                .toList();
        return meetings.create(new MeetingForm(MeetingKind.WORK, title, currentUsers.current().username(), null, null,
                location, start, end, Classification.UNCLASSIFIED, null, List.of(), invitees));
    }
}
