package org.zhengtong.platform.internal.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * What the organization admin pages show. Reads are scoped like the changes in {@link OrganizationService}: the
 * whole tree is the system administrator's, a unit's page and forms are also its own administrator's. Everything
 * is copied into plain records inside the transaction, because templates render after it has closed.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    /** A unit in the tree with the units below it. */
    public record UnitNode(Long id, String name, String code, UnitKind kind, boolean enabled, List<UnitNode> children) {
    }

    public record UnitDetails(Long id, String name, String shortName, String code, UnitKind kind, Long parentId,
                              String parentName, boolean enabled) {
    }

    public record DepartmentRow(Long id, String name, int sortOrder, boolean enabled, String headName,
                                String leaderName) {
    }

    public record PersonRow(Long id, String name, Position position, String departmentName, String phone,
                            String mobile, String room, String email, int sortOrder, boolean enabled) {
    }

    public record UnitOverview(UnitDetails unit, List<DepartmentRow> departments, List<PersonRow> people) {
    }

    /** The object an edit form is about: its name, state and unit (for the way back). */
    public record Entry(Long id, String name, boolean enabled, Long unitId, String unitName) {
    }

    /** A choice in a select; {@code depth} indents units by their place in the tree. */
    public record Option(Long id, String label, int depth) {
    }

    private final UnitRepository units;
    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final DataScope scope;

    OrganizationDirectory(UnitRepository units, DepartmentRepository departments, PersonRepository people,
                          DataScope scope) {
        this.units = units;
        this.departments = departments;
        this.people = people;
        this.scope = scope;
    }

    // ---- units -------------------------------------------------------------------------------------------

    /** The roots of the unit tree (市政府, and any unit whose parent is gone), each level in sort order. */
    public List<UnitNode> unitTree() {
        scope.requireSystemAdmin();
        Map<Long, List<Unit>> childrenByParent = childrenByParent();
        return branch(childrenByParent, null);
    }

    public UnitOverview overview(Long unitId) {
        scope.requireUnitAdministration(unitId);
        Unit unit = unit(unitId);
        List<DepartmentRow> departmentRows = departments.findByUnitIdOrderBySortOrderAscIdAsc(unitId).stream()
                .map(d -> new DepartmentRow(d.getId(), d.getName(), d.getSortOrder(), d.isEnabled(), nameOf(d.getHead()),
                        nameOf(d.getLeaderInCharge())))
                .toList();
        List<PersonRow> personRows = people.findByUnitIdOrderBySortOrderAscIdAsc(unitId).stream()
                .map(p -> new PersonRow(p.getId(), p.getName(), p.getPosition(),
                        p.getDepartment() == null ? null : p.getDepartment().getName(), p.getPhone(), p.getMobile(),
                        p.getRoom(), p.getEmail(),
                        p.getSortOrder(), p.isEnabled()))
                .toList();
        return new UnitOverview(details(unit), departmentRows, personRows);
    }

    public Entry unitEntry(Long id) {
        scope.requireUnitAdministration(id);
        Unit unit = unit(id);
        return new Entry(id, unit.getName(), unit.isEnabled(), id, unit.getName());
    }

    public UnitForm unitForm(Long id) {
        scope.requireSystemAdmin();
        Unit unit = unit(id);
        return new UnitForm(unit.getName(), unit.getShortName(), unit.getCode(), unit.getKind(),
                unit.getParent() == null ? null : unit.getParent().getId(), unit.getSortOrder());
    }

    /**
     * The units the current user may pick (as parent, or as the unit to move a department or person to): every
     * unit in tree order for the system administrator, their own unit for a unit administrator.
     */
    public List<Option> unitOptions() {
        Long confined = scope.confinedUnitId();
        if (confined != null) {
            scope.requireUnitAdministration(confined);
            return List.of(new Option(confined, unit(confined).getName(), 0));
        }
        List<Option> options = new ArrayList<>();
        flatten(unitTree(), 0, options);
        return options;
    }

    // ---- departments and people --------------------------------------------------------------------------

    public Entry departmentEntry(Long id) {
        Department department = departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
        scope.requireUnitAdministration(department.getUnit().getId());
        return new Entry(id, department.getName(), department.isEnabled(), department.getUnit().getId(),
                department.getUnit().getName());
    }

    public DepartmentForm departmentForm(Long id) {
        Department department = departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
        scope.requireUnitAdministration(department.getUnit().getId());
        return new DepartmentForm(department.getUnit().getId(), department.getName(), department.getSortOrder(),
                idOf(department.getHead()), idOf(department.getLeaderInCharge()));
    }

    public List<Option> departmentOptions(Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        scope.requireUnitAdministration(unitId);
        return departments.findByUnitIdOrderBySortOrderAscIdAsc(unitId).stream()
                .map(d -> new Option(d.getId(), d.getName(), 0))
                .toList();
    }

    public Entry personEntry(Long id) {
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
        scope.requireUnitAdministration(person.getUnit().getId());
        return new Entry(id, person.getName(), person.isEnabled(), person.getUnit().getId(), person.getUnit().getName());
    }

    public PersonForm personForm(Long id) {
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
        scope.requireUnitAdministration(person.getUnit().getId());
        return new PersonForm(person.getUnit().getId(), idOf(person.getDepartment()), person.getName(),
                person.getPosition(), person.getPhone(), person.getEmail(), person.getSortOrder(), person.getMobile(),
                person.getRoom());
    }

    /** The people of a unit, as candidates for 科长 and 分管领导. */
    public List<Option> personOptions(Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        scope.requireUnitAdministration(unitId);
        return people.findByUnitIdOrderBySortOrderAscIdAsc(unitId).stream()
                .filter(Person::isEnabled)
                .map(p -> new Option(p.getId(), p.getName(), 0))
                .toList();
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Unit unit(Long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    private Map<Long, List<Unit>> childrenByParent() {
        Map<Long, Unit> byId = new LinkedHashMap<>();
        units.findAllByOrderBySortOrderAscIdAsc().forEach(u -> byId.put(u.getId(), u));
        Map<Long, List<Unit>> children = new LinkedHashMap<>();
        for (Unit unit : byId.values()) {
            Long parentId = unit.getParent() == null ? null : unit.getParent().getId();
            children.computeIfAbsent(byId.containsKey(parentId) ? parentId : null, k -> new ArrayList<>()).add(unit);
        }
        return children;
    }

    private static List<UnitNode> branch(Map<Long, List<Unit>> childrenByParent, Long parentId) {
        return childrenByParent.getOrDefault(parentId, List.of()).stream()
                .map(u -> new UnitNode(u.getId(), u.getName(), u.getCode(), u.getKind(), u.isEnabled(),
                        branch(childrenByParent, u.getId())))
                .toList();
    }

    private static void flatten(List<UnitNode> nodes, int depth, List<Option> into) {
        for (UnitNode node : nodes) {
            into.add(new Option(node.id(), node.name(), depth));
            flatten(node.children(), depth + 1, into);
        }
    }

    private static UnitDetails details(Unit unit) {
        Unit parent = unit.getParent();
        return new UnitDetails(unit.getId(), unit.getName(), unit.getShortName(), unit.getCode(), unit.getKind(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getName(), unit.isEnabled());
    }

    private static String nameOf(Person person) {
        return person == null ? null : person.getName();
    }

    private static Long idOf(Person person) {
        return person == null ? null : person.getId();
    }

    private static Long idOf(Department department) {
        return department == null ? null : department.getId();
    }
}
