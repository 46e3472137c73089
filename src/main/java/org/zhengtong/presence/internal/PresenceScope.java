package org.zhengtong.presence.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.Positions;

/**
 * Whose whereabouts a person may see, from her place in the organization (never from what a request names): in
 * 外出情况查询, the unit's head and its office director (who keeps the unit's attendance) their whole unit, a leader in
 * charge (分管领导) the departments he is in charge of — his own people, not his colleagues' — a 科长 or 副科长 his
 * department, nobody else anyone; on the 本科室 list, everyone the people of her own department.
 */
@Component
class PresenceScope {

    private static final Set<String> UNIT_WIDE = Set.of(Positions.UNIT_HEAD, Positions.OFFICE_DIRECTOR);
    private static final Set<String> DEPARTMENT_HEADS = Set.of(Positions.SECTION_CHIEF,
            Positions.DEPUTY_SECTION_CHIEF);

    private final OrgDirectory directory;

    PresenceScope(OrgDirectory directory) {
        this.directory = directory;
    }

    /** The people whose whereabouts she may look up, herself not included; empty when she leads nobody. */
    Optional<List<PersonRef>> subordinatesOf(String username) {
        PersonRef leader = directory.person(username).orElse(null);
        if (leader == null) {
            return Optional.empty();
        }
        List<PersonRef> staff;
        if (UNIT_WIDE.contains(leader.position())) {
            staff = directory.people(leader.unitId());
        } else if (Positions.LEADER_IN_CHARGE.equals(leader.position())) {
            staff = inChargeOf(leader);
        } else if (headsOwnDepartment(leader)) {
            staff = departmentOf(leader);
        } else {
            return Optional.empty();
        }
        return Optional.of(staff.stream().filter(p -> !p.username().equals(username)).toList());
    }

    /** The people of her department, herself included; none for someone outside any department. */
    List<PersonRef> colleaguesOf(String username) {
        return directory.person(username).filter(p -> p.departmentId() != null).map(this::departmentOf)
                .orElse(List.of());
    }

    private boolean headsOwnDepartment(PersonRef person) {
        return person.departmentId() != null && (DEPARTMENT_HEADS.contains(person.position())
                || directory.departmentHead(person.departmentId())
                        .filter(head -> head.username().equals(person.username())).isPresent());
    }

    /** The people of the departments whose 分管领导 she is (none when she is in charge of none). */
    private List<PersonRef> inChargeOf(PersonRef leader) {
        Set<Long> departments = directory.departments(leader.unitId()).stream()
                .filter(d -> directory.leaderInCharge(d.id()).filter(l -> l.username().equals(leader.username()))
                        .isPresent())
                .map(OrgDirectory.DepartmentRef::id).collect(Collectors.toSet());
        return directory.people(leader.unitId()).stream()
                .filter(p -> p.departmentId() != null && departments.contains(p.departmentId())).toList();
    }

    private List<PersonRef> departmentOf(PersonRef person) {
        return directory.people(person.unitId()).stream()
                .filter(p -> Objects.equals(p.departmentId(), person.departmentId())).toList();
    }
}
