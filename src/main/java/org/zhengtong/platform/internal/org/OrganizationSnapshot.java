package org.zhengtong.platform.internal.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organization as stored, loaded at once (units first, so lazy references resolve without queries). */
record OrganizationSnapshot(Map<String, Unit> unitsByCode, Map<String, Department> departmentsByKey,
                            Map<Long, Person> peopleById) {

    static OrganizationSnapshot load(UnitRepository units, DepartmentRepository departments, PersonRepository people) {
        Map<String, Unit> unitsByCode = new LinkedHashMap<>();
        units.findAllByOrderBySortOrderAscIdAsc().forEach(u -> unitsByCode.put(u.getCode(), u));
        Map<Long, Person> peopleById = new LinkedHashMap<>();
        people.findAll().stream()
                .sorted(Comparator.comparingInt(Person::getSortOrder).thenComparing(Person::getId))
                .forEach(p -> peopleById.put(p.getId(), p));
        Map<String, Department> departmentsByKey = new LinkedHashMap<>();
        departments.findAll().stream()
                .sorted(Comparator.comparingInt(Department::getSortOrder).thenComparing(Department::getId))
                .forEach(d -> departmentsByKey.put(WorkbookFormat.departmentKey(d.getUnit().getCode(), d.getName()), d));
        return new OrganizationSnapshot(unitsByCode, departmentsByKey, peopleById);
    }

    /** Depth-first from the roots, each level in sort order: parents always above their children. */
    List<Unit> treeOrder() {
        Map<String, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit unit : unitsByCode.values()) {
            if (unit.getParent() == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.getParent().getCode(), k -> new ArrayList<>()).add(unit);
            }
        }
        List<Unit> ordered = new ArrayList<>();
        descend(roots, children, ordered);
        return ordered;
    }

    private static void descend(List<Unit> level, Map<String, List<Unit>> children, List<Unit> into) {
        for (Unit unit : level) {
            into.add(unit);
            descend(children.getOrDefault(unit.getCode(), List.of()), children, into);
        }
    }

    List<Department> departmentsOf(Unit unit) {
        return departmentsByKey.values().stream().filter(d -> d.getUnit().getId().equals(unit.getId())).toList();
    }

    List<Person> peopleOf(Unit unit) {
        return peopleById.values().stream().filter(p -> p.getUnit().getId().equals(unit.getId())).toList();
    }
}
