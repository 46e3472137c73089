package org.zhengtong.workflow.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.Positions;
import org.zhengtong.platform.Roles;
import org.zhengtong.workflow.WorkflowException;

/**
 * The only bean BPMN expressions may call ({@code ${assignees.departmentHead(initiator)}}): it turns the
 * organization into handlers (architecture principle 2). A step nobody can take is refused with a clear message instead
 * of creating a task that nobody sees.
 */
@Component
public class Assignees {

    private final OrgDirectory directory;

    Assignees(OrgDirectory directory) {
        this.directory = directory;
    }

    /** 科长 of the person's department; the unit's office director, then its head, when the department has none. */
    public String departmentHead(String username) {
        PersonRef person = person(username);
        if (person.departmentId() != null) {
            var head = directory.departmentHead(person.departmentId());
            if (head.isPresent()) {
                return head.get().username();
            }
        }
        return firstHolder(person.unitId(), Positions.OFFICE_DIRECTOR, Positions.UNIT_HEAD);
    }

    /** 分管领导 of the person's department; the unit head when none is set. */
    public String leaderInCharge(String username) {
        PersonRef person = person(username);
        if (person.departmentId() != null) {
            var leader = directory.leaderInCharge(person.departmentId());
            if (leader.isPresent()) {
                return leader.get().username();
            }
        }
        return firstHolder(person.unitId(), Positions.UNIT_HEAD);
    }

    /** The first holder of a position in the person's own unit (e.g. the initiator's 办公室主任). */
    public String position(String username, String position) {
        return firstHolder(person(username).unitId(), position);
    }

    /** The first holder of a position in the given unit. */
    public String positionInUnit(Object unitId, String position) {
        return firstHolder(toLong(unitId), position);
    }

    /** Everyone holding a position in a unit: candidates, the first to claim takes the task. */
    public List<String> positionHolders(Object unitId, String position) {
        List<String> holders = directory.holders(toLong(unitId), position).stream().map(PersonRef::username).toList();
        if (holders.isEmpty()) {
            throw noHandler(toLong(unitId), position);
        }
        return holders;
    }

    /**
     * Everyone of a unit whose roles grant a permission (the unit's fleet managers for {@code VEHICLE_MANAGE}):
     * candidates, the first to claim takes the task.
     */
    public List<String> permissionHolders(Object unitId, String permission) {
        List<String> holders = directory.usernamesWithPermission(toLong(unitId), permission);
        if (holders.isEmpty()) {
            String unit = directory.unit(toLong(unitId)).map(OrgDirectory.UnitRef::name).orElse(String.valueOf(unitId));
            throw new WorkflowException("workflow.error.noHandler", unit, "permission." + permission);
        }
        return holders;
    }

    /** Every enabled account holding the system administrator's role: candidates, the first to claim takes the task. */
    public List<String> systemAdministrators() {
        List<String> administrators = directory.usernamesWithRole(Roles.SYSTEM_ADMIN);
        if (administrators.isEmpty()) {
            throw new WorkflowException("workflow.error.noSystemAdministrator");
        }
        return administrators;
    }

    /** A person named in a designed step, while they have an account. */
    public String named(String username) {
        return person(username).username();
    }

    /** The people named in a designed 会签 (comma-separated usernames), each while they have an account. */
    public List<String> namedPeople(String usernames) {
        return Arrays.stream(usernames.split(",")).map(String::strip).filter(u -> !u.isEmpty())
                .map(this::named).toList();
    }

    private String firstHolder(long unitId, String... positions) {
        for (String position : positions) {
            List<PersonRef> holders = directory.holders(unitId, position);
            if (!holders.isEmpty()) {
                return holders.get(0).username();
            }
        }
        throw noHandler(unitId, positions[0]);
    }

    private WorkflowException noHandler(long unitId, String position) {
        String unit = directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse(String.valueOf(unitId));
        return new WorkflowException("workflow.error.noHandler", unit, "position." + position);
    }

    private PersonRef person(String username) {
        return directory.person(username).orElseThrow(() -> new WorkflowException("workflow.error.unknownPerson", username));
    }

    private static long toLong(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
    }
}
