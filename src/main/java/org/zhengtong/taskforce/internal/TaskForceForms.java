package org.zhengtong.taskforce.internal;

import jakarta.validation.constraints.Size;

/** What the pages and the API post to set up a coordination group's structure. */
public final class TaskForceForms {

    private TaskForceForms() {
    }

    /** The group itself: name, the notice's 文号 (and the 公文 when filed here), purpose, the office's seat unit. */
    public record Basics(@Size(max = TaskForce.MAX_NAME) String name,
                         @Size(max = TaskForce.MAX_NUMBER) String basisNumber,
                         Long basisDocumentId,
                         @Size(max = TaskForce.MAX_PURPOSE) String purpose,
                         Long officeUnitId) {

        public static final String REQUEST_KIND = "taskforce.taskforce";
    }

    /** A person in the leading group or the office, with the position the notice gives (市财政局副局长). */
    public record MemberEntry(MemberRole role, @Size(max = 40) String username,
                              @Size(max = TaskForceMember.MAX_TITLE) String title) {
    }

    /** A working group: name, duty and the 副组长 who oversees it (a username of the leading group, or none). */
    public record Group(@Size(max = WorkingGroup.MAX_NAME) String name,
                        @Size(max = WorkingGroup.MAX_DUTY) String duty,
                        @Size(max = 40) String overseer) {
    }

    /** A unit of a working group: lead (以…为主) or member, with its contact person there. */
    public record GroupUnitEntry(Long unitId, boolean lead, @Size(max = 40) String contact) {
    }
}
