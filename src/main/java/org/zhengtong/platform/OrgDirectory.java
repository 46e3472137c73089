package org.zhengtong.platform;

import java.util.List;
import java.util.Optional;

/**
 * The organization as other modules see it: who holds which post, who leads a department, which units exist.
 * Workflow assignment (architecture principle 2) resolves its candidates here. People are named by their username.
 */
public interface OrgDirectory {

    Optional<PersonRef> person(String username);

    /** The person's name for pages and texts; the username where no person holds it (sysadmin, a disabled account). */
    default String nameOf(String username) {
        return person(username).map(PersonRef::name).orElse(username);
    }

    /** Enabled accounts holding a position (e.g. {@code OFFICE_DIRECTOR}) in a unit, in sort order. */
    List<PersonRef> holders(long unitId, String position);

    /** 科长 of a department, if set and holding an account. */
    Optional<PersonRef> departmentHead(long departmentId);

    /** 分管领导 of a department, if set and holding an account. */
    Optional<PersonRef> leaderInCharge(long departmentId);

    Optional<UnitRef> unit(long unitId);

    List<UnitRef> units();

    List<DepartmentRef> departments(long unitId);

    Optional<DepartmentRef> department(long departmentId);

    /** Everyone with an account in every enabled unit, in unit and sort order: the public directory (公用通讯录). */
    List<PersonRef> everyone();

    /** People with accounts in a unit, for choosing handlers and readers. */
    List<PersonRef> people(long unitId);

    /** The position codes (职务, e.g. {@code CLERK}), in rank order; each is named by the message {@code position.<code>}. */
    List<String> positions();

    /** Usernames of the enabled accounts holding a role (e.g. {@code SYSTEM_ADMIN}), in order. */
    List<String> usernamesWithRole(String role);

    /**
     * Usernames of the enabled accounts of a unit whose roles grant a permission (e.g. the unit's fleet managers,
     * {@code VEHICLE_MANAGE}), in order: the candidates for a step that a permission rather than a position takes.
     */
    List<String> usernamesWithPermission(long unitId, String permission);

    record PersonRef(long personId, String username, String name, long unitId, Long departmentId, String position,
                     Clearance clearance, String email, String phone, String mobile, String room) {
    }

    record UnitRef(long id, String name, String shortName, String code, Long parentId) {

        /** How lists name the unit: its short name (市财政局) where it has one, else its full name. */
        public String displayName() {
            return shortName == null || shortName.isBlank() ? name : shortName;
        }
    }

    record DepartmentRef(long id, long unitId, String name) {
    }
}
