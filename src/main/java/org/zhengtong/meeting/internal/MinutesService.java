package org.zhengtong.meeting.internal;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RichText;
import org.zhengtong.workflow.TodoList;
import org.zhengtong.workflow.Workflow;

/**
 * 会议纪要: written by the 记录人 or the organizer (rich text, sanitised) once the meeting was noticed, approved by its
 * host on the engine ({@code meeting-minutes:<meetingId>}), then published to the attendees — never before it is
 * approved — which starts its 议定事项.
 */
@Service
@Transactional
public class MinutesService {

    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final DecisionService decisions;
    private final CurrentUsers currentUsers;
    private final Workflow workflow;
    private final TodoList todo;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final MinutesArchivable archivable;

    MinutesService(MeetingService meetings, MeetingRepository repository, DecisionService decisions,
                   CurrentUsers currentUsers, Workflow workflow, TodoList todo, ApplicationEventPublisher events,
                   AuditLog audit, MinutesArchivable archivable) {
        this.archivable = archivable;
        this.meetings = meetings;
        this.repository = repository;
        this.decisions = decisions;
        this.currentUsers = currentUsers;
        this.workflow = workflow;
        this.todo = todo;
        this.events = events;
        this.audit = audit;
    }

    /** Whether the current user writes the meeting's 纪要: its 记录人 or organizer. */
    public boolean writer(Meeting meeting) {
        String username = currentUsers.current().username();
        return username.equals(meeting.getRecorder()) || username.equals(meeting.getOrganizer());
    }

    private Meeting writable(long meetingId) {
        Meeting meeting = meetings.readable(meetingId);
        if (!writer(meeting)) {
            throw new AccessDeniedException("not the 记录人 of meeting " + meetingId);
        }
        if (meeting.getStatus() != Meeting.Status.NOTICED) {
            throw new BusinessRuleException("meeting.error.notNoticed");
        }
        return meeting;
    }

    public void save(long meetingId, String html) {
        Meeting meeting = writable(meetingId);
        if (meeting.getMinutesStatus() != Meeting.MinutesStatus.NONE
                && meeting.getMinutesStatus() != Meeting.MinutesStatus.DRAFT) {
            throw new BusinessRuleException("meeting.error.minutesLocked");
        }
        String clean = RichText.clean(html == null ? "" : html);
        if (RichText.text(clean).isBlank()) {
            throw new BusinessRuleException("meeting.error.minutesEmpty");
        }
        if (clean.length() > 200_000) {
            throw new BusinessRuleException("meeting.error.tooLong", 200_000);
        }
        meeting.minutes(clean);
        repository.saveAndFlush(meeting);
        audit.success("MEETING_MINUTES_SAVE", "meeting", meetingId, null);
    }

    /** Sends the 纪要 to the host (the organizer when there is none) for approval. */
    public void submit(long meetingId) {
        Meeting meeting = writable(meetingId);
        if (meeting.getMinutesStatus() != Meeting.MinutesStatus.DRAFT) {
            throw new BusinessRuleException(meeting.getMinutesStatus() == Meeting.MinutesStatus.NONE
                    ? "meeting.error.minutesEmpty" : "meeting.error.minutesLocked");
        }
        String approver = meeting.getHost() != null ? meeting.getHost() : meeting.getOrganizer();
        meeting.minutesStartedAs(workflow.start(MeetingProcesses.MINUTES, MeetingProcesses.MINUTES + ":"
                + meeting.getId(), currentUsers.current().username(),
                Map.of("approver", approver, "meetingId", meeting.getId())));
        repository.saveAndFlush(meeting);
        meetings.indexAgain(meeting);
        audit.success("MEETING_MINUTES_SUBMIT", "meeting", meetingId, null);
    }

    void approved(long meetingId) {
        Meeting meeting = repository.findById(meetingId).orElseThrow();
        if (meeting.getMinutesStatus() == Meeting.MinutesStatus.APPROVING) {
            meeting.minutesStatus(Meeting.MinutesStatus.APPROVED);
            audit.success("MEETING_MINUTES_APPROVE", "meeting", meetingId, null);
        }
    }

    void backToDraft(long meetingId) {
        repository.findById(meetingId).filter(m -> m.getMinutesStatus() == Meeting.MinutesStatus.APPROVING)
                .ifPresent(m -> m.minutesStatus(Meeting.MinutesStatus.DRAFT));
    }

    /** Publishes the approved 纪要 to the attendees; refused before approval, nothing changed. */
    public void publish(long meetingId) {
        Meeting meeting = writable(meetingId);
        if (meeting.getMinutesStatus() == Meeting.MinutesStatus.PUBLISHED) {
            throw new BusinessRuleException("meeting.error.minutesPublished");
        }
        if (meeting.getMinutesStatus() != Meeting.MinutesStatus.APPROVED) {
            audit.failure("MEETING_MINUTES_PUBLISH", "meeting", meetingId, meeting.getMinutesStatus().name());
            throw new BusinessRuleException("meeting.error.minutesNotApproved");
        }
        meeting.minutesPublished(meetings.now());
        repository.saveAndFlush(meeting);
        decisions.startAll(meeting);
        events.publishEvent(new MeetingEvents.MinutesPublished(meetingId));
        meetings.indexAgain(meeting);
        events.publishEvent(archivable.offer(meeting));
        audit.success("MEETING_MINUTES_PUBLISH", "meeting", meetingId, null);
    }
}
