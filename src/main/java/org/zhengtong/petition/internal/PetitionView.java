package org.zhengtong.petition.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its page and the API show it, to those who may open it (the office and the handlers): with the
 * petitioner's personal data.
 *
 * @param workingDaysLeft working days left until the running deadline, negative when overdue, null when none runs
 */
public record PetitionView(long id, String number, Channel channel, boolean groupVisit, int peopleCount,
                           Petitioner petitioner, String matterCode, String matterName, String summary,
                           String content, String complainedPeople, List<UnitName> complainedUnits,
                           LocalDate receivedOn, String registeredByName, Instant registeredAt, ReviewLevel level,
                           Linked parent, List<Linked> reviews, int earlierCases, PetitionStatus status,
                           String officeName, String leaderName, LocalDate acceptDue, LocalDate acceptedOn,
                           LocalDate handleDue, boolean extended, String extensionReason, boolean extensionPending,
                           String dispositionNote, String forwardedTo, String replyText, LocalDate repliedOn,
                           Satisfaction satisfaction, LocalDate closedOn, String archivalCode,
                           String processInstanceId, List<AssignmentView> assignments, List<FileView> files,
                           LocalDate currentDue, Integer workingDaysLeft) {

    public String businessKey() {
        return Petition.KEY_PREFIX + id;
    }

    public boolean overdue() {
        return workingDaysLeft != null && workingDaysLeft < 0;
    }

    /** Whether the case has finished (办结, 不予受理, 转送, 归档): a 复查 or 复核 may be registered against it. */
    public boolean finished() {
        return status.finished();
    }

    public record Petitioner(String name, String idNumber, String phone, String address) {
    }

    public record UnitName(long id, String name) {
    }

    public record Linked(long id, String number, ReviewLevel level, PetitionStatus status) {
    }

    public record AssignmentView(long unitId, String unitName, String handler, String handlerName, LocalDate assignedOn,
                                 String report, Instant reportedAt) {
    }

    public record FileView(long id, String name, long size, Instant uploadedAt) {
    }
}
