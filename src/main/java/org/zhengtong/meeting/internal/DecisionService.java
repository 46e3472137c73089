package org.zhengtong.meeting.internal;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/**
 * 议定事项: decisions of a meeting's 纪要, each with an owner and a deadline. Written with the 纪要 by its writers;
 * when the 纪要 is published (or later, for one added then) each starts a process {@code meeting-decision:<id>}
 * whose task sits with the owner until the deadline — so it is in their to-do window and, once overdue, under 督办 —
 * until the owner closes it (办结). The owner reports progress meanwhile.
 */
@Service
@Transactional
public class DecisionService {

    private final DecisionRepository decisions;
    private final DecisionReportRepository reports;
    private final MeetingRepository meetingRepository;
    private final MeetingService meetings;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Workflow workflow;
    private final AuditLog audit;

    DecisionService(DecisionRepository decisions, DecisionReportRepository reports,
                    MeetingRepository meetingRepository, @org.springframework.context.annotation.Lazy
                    MeetingService meetings, CurrentUsers currentUsers, OrgDirectory directory, Workflow workflow,
                    AuditLog audit) {
        this.decisions = decisions;
        this.reports = reports;
        this.meetingRepository = meetingRepository;
        this.meetings = meetings;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.workflow = workflow;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Decision> of(Meeting meeting) {
        return decisions.findByMeetingIdOrderByIdAsc(meeting.getId());
    }

    /** Adds a decision to a noticed meeting's 纪要: its 记录人 or organizer. */
    public long add(long meetingId, String text, String owner, LocalDate deadline) {
        Meeting meeting = meetings.readable(meetingId);
        String username = currentUsers.current().username();
        if (!username.equals(meeting.getRecorder()) && !username.equals(meeting.getOrganizer())) {
            throw new AccessDeniedException("not a writer of meeting " + meetingId);
        }
        if (meeting.getStatus() != Meeting.Status.NOTICED) {
            throw new BusinessRuleException("meeting.error.notNoticed");
        }
        String what = RoomService.limit(text, 1000);
        if (what == null) {
            throw new BusinessRuleException("meeting.error.decisionText");
        }
        String who = RoomService.blankToNull(owner);
        if (who == null || directory.person(who).isEmpty()) {
            throw new BusinessRuleException("meeting.error.decisionOwner");
        }
        if (deadline == null || deadline.isBefore(LocalDate.now(meetings.clock()))) {
            throw new BusinessRuleException("meeting.error.decisionDeadline");
        }
        Decision decision = decisions.saveAndFlush(new Decision(meetingId, what, who, deadline, meetings.now()));
        if (meeting.getMinutesStatus() == Meeting.MinutesStatus.PUBLISHED) {
            start(decision, meeting);
        }
        meetings.indexAgain(meeting);
        audit.success("MEETING_DECISION_ADD", "meeting", meetingId, who);
        return decision.getId();
    }

    void startAll(Meeting meeting) {
        decisions.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .filter(d -> d.getProcessInstanceId() == null).forEach(d -> start(d, meeting));
    }

    private void start(Decision decision, Meeting meeting) {
        Date due = Date.from(decision.getDeadline().plusDays(1).atStartOfDay(meetings.clock().getZone())
                .minusSeconds(1).toInstant());
        decision.startedAs(workflow.start(MeetingProcesses.DECISION, decision.businessKey(),
                currentUsers.current().username(), Map.of("owner", decision.getOwner(), "deadline", due,
                        "decisionId", decision.getId())));
    }

    /** A decision the current user may see (through its meeting). */
    @Transactional(readOnly = true)
    public Decision decision(long id) {
        Decision decision = decisions.findById(id).orElseThrow(() -> new NotFoundException("meetingDecision", id));
        meetings.readable(decision.getMeetingId());
        return decision;
    }

    @Transactional(readOnly = true)
    public List<DecisionReport> reports(Decision decision) {
        return reports.findByDecisionIdOrderByIdAsc(decision.getId());
    }

    /** The owner reports progress (percent 0–100) while the decision is open. */
    public void report(long id, String text, int progress) {
        Decision decision = decision(id);
        String username = currentUsers.current().username();
        if (!username.equals(decision.getOwner())) {
            throw new AccessDeniedException("only the owner reports on decision " + id);
        }
        if (decision.getStatus() != Decision.Status.OPEN) {
            throw new BusinessRuleException("meeting.error.decisionClosed");
        }
        String what = RoomService.limit(text, 1000);
        if (what == null) {
            throw new BusinessRuleException("meeting.error.reportText");
        }
        if (progress < 0 || progress > 100) {
            throw new BusinessRuleException("meeting.error.progress");
        }
        reports.save(new DecisionReport(id, username, what, progress, meetings.now()));
        audit.success("MEETING_DECISION_REPORT", "meetingDecision", id, progress + "%");
    }

    void closed(long id) {
        decisions.findById(id).filter(d -> d.getStatus() == Decision.Status.OPEN).ifPresent(d -> {
            d.close(meetings.now());
            audit.success("MEETING_DECISION_CLOSE", "meetingDecision", id, null);
        });
    }

    /** Decisions the current user owns, by deadline. */
    @Transactional(readOnly = true)
    public List<Decision> mine() {
        return decisions.findByOwnerOrderByDeadlineAsc(currentUsers.current().username());
    }

    Meeting meetingOf(Decision decision) {
        return meetingRepository.findById(decision.getMeetingId()).orElseThrow();
    }
}
