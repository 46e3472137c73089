package org.zhengtong.presence.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Delegations;

/**
 * 外出登记 and 返回登记 of the person herself. A named stand-in takes her new tasks through the kit's 代办 from her
 * leaving until her expected return (the kit checks him); her return ends that hand-over and gives back what he still
 * holds of it. A refused registration saves nothing, the hand-over included.
 */
@Service
@Transactional
@Validated
public class AbsenceService {

    private final AbsenceRepository absences;
    private final Delegations delegations;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    AbsenceService(AbsenceRepository absences, Delegations delegations, OrgDirectory directory, AuditLog audit,
                   Clock clock) {
        this.absences = absences;
        this.delegations = delegations;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers her absence; returns its id. */
    public long register(String username, @Valid AbsenceForm form) {
        if (directory.person(username).isEmpty()) {
            throw new BusinessRuleException("presence.error.notAPerson");
        }
        Instant now = clock.instant();
        Instant leavesAt = instant(form.leavesAt());
        Instant expectedReturnAt = instant(form.expectedReturnAt());
        if (!expectedReturnAt.isAfter(leavesAt)) {
            throw new BusinessRuleException("presence.error.returnBeforeLeave");
        }
        if (!expectedReturnAt.isAfter(now)) {
            throw new BusinessRuleException("presence.error.returnPassed");
        }
        boolean overlaps = absences.findByUsernameAndReturnedAtIsNull(username).stream()
                .anyMatch(open -> open.awayDuring(leavesAt, expectedReturnAt, now));
        if (overlaps) {
            throw new BusinessRuleException("presence.error.overlap");
        }
        String reason = form.reason().strip();
        String standIn = blankToNull(form.standInUsername());
        Long handOverId = standIn == null ? null
                : delegations.handOver(username, standIn, leavesAt, expectedReturnAt, reason);
        Absence absence = absences.save(new Absence(username, form.kind(), leavesAt, expectedReturnAt, reason,
                blankToNull(form.destination()), blankToNull(form.contactPhone()), standIn, handOverId, now));
        audit.success("PRESENCE_REGISTER", "absence", absence.getId(), username + " " + form.kind() + " "
                + leavesAt + " ~ " + expectedReturnAt + (standIn == null ? "" : " → " + standIn));
        return absence.getId();
    }

    /** 返回登记: she is back now (before she left: the registration is withdrawn); her open tasks come back. */
    public AbsenceView registerReturn(long id, String username) {
        Absence absence = own(id, username);
        if (absence.getReturnedAt() != null) {
            throw new BusinessRuleException("presence.error.alreadyReturned");
        }
        absence.returnAt(clock.instant());
        int givenBack = absence.getHandOverId() == null ? 0
                : delegations.endAndGiveBack(absence.getHandOverId(), username);
        audit.success("PRESENCE_RETURN", "absence", id, username + " " + givenBack);
        return view(absence);
    }

    @Transactional(readOnly = true)
    public AbsenceView absence(long id, String username) {
        return view(own(id, username));
    }

    /** Her registrations, latest first. */
    @Transactional(readOnly = true)
    public List<AbsenceView> mine(String username) {
        return absences.findByUsernameOrderByLeavesAtDesc(username).stream().map(this::view).toList();
    }

    /** Hers only: anyone else's is as unknown as one that does not exist. */
    private Absence own(long id, String username) {
        return absences.findById(id).filter(a -> a.getUsername().equals(username))
                .orElseThrow(() -> new NotFoundException("absence", id));
    }

    private AbsenceView view(Absence absence) {
        return AbsenceView.of(absence, directory.nameOf(absence.getUsername()),
                absence.getStandInUsername() == null ? null : directory.nameOf(absence.getStandInUsername()),
                clock.instant());
    }

    private Instant instant(LocalDateTime time) {
        return time.atZone(clock.getZone()).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
