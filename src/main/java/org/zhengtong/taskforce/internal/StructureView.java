package org.zhengtong.taskforce.internal;

import java.time.Instant;
import java.util.List;

/** A coordination group as its page, the API and the printed structure show it: everyone by name, units by name. */
public record StructureView(long id, String name, String basisNumber, Long basisDocumentId, String purpose,
                            long officeUnitId, String officeUnitName, TaskForceStatus status, Instant createdAt,
                            Instant closedAt, List<MemberView> members, List<GroupView> groups, boolean editable) {

    public List<MemberView> withRole(MemberRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }

    /** 组长, 副组长 and 成员, in that order. */
    public List<MemberView> leadingGroup() {
        return members.stream().filter(m -> !m.role().office()).toList();
    }

    /** The office's 主任, 副主任 and staff. */
    public List<MemberView> office() {
        return members.stream().filter(m -> m.role().office()).toList();
    }

    /** The 副组长, who may oversee working groups. */
    public List<MemberView> deputies() {
        return withRole(MemberRole.DEPUTY);
    }

    /** Everyone the structure names, by username: the leading group, the office, the groups' contacts. */
    public List<String> people() {
        return java.util.stream.Stream.concat(members.stream().map(MemberView::username),
                groups.stream().flatMap(g -> g.units().stream()).map(GroupUnitView::contact)
                        .filter(java.util.Objects::nonNull)).distinct().toList();
    }

    /** A person in the leading group or the office; {@code oversees} names the working groups of a 副组长. */
    public record MemberView(long id, MemberRole role, String username, String name, long unitId, String unitName,
                             String title, List<String> oversees) {
    }

    public record GroupView(long id, String name, String duty, String overseer, String overseerName,
                            List<GroupUnitView> units) {

        public List<GroupUnitView> leadUnits() {
            return units.stream().filter(GroupUnitView::lead).toList();
        }

        public List<GroupUnitView> memberUnits() {
            return units.stream().filter(u -> !u.lead()).toList();
        }
    }

    public record GroupUnitView(long id, long unitId, String unitName, boolean lead, String contact,
                                String contactName) {
    }
}
