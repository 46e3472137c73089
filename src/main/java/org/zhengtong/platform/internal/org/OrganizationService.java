package org.zhengtong.platform.internal.org;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.LikePatterns;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * Changes to the organization. Units are the system administrator's; departments and people of a unit may also be
 * changed by that unit's administrator. Every change is audited; a refused change leaves everything as it was.
 */
@Service
@Validated
@Transactional
public class OrganizationService {

    private final UnitRepository units;
    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final AccountRepository accounts;
    private final DataScope scope;
    private final AuditLog audit;

    OrganizationService(UnitRepository units, DepartmentRepository departments, PersonRepository people,
                        AccountRepository accounts, DataScope scope, AuditLog audit) {
        this.accounts = accounts;
        this.units = units;
        this.departments = departments;
        this.people = people;
        this.scope = scope;
        this.audit = audit;
    }

    // ---- units -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Unit> allUnits() {
        return units.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Unit unit(Long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    public Unit createUnit(@Valid UnitForm form) {
        scope.requireSystemAdmin();
        checkUnitUnique(form, null);
        Unit parent = form.parentId() == null ? null : unit(form.parentId());
        Unit unit = units.save(new Unit(form.name().strip(), blankToNull(form.shortName()), form.code().strip(),
                form.kind(), parent, form.sortOrder()));
        audit.success("ORG_UNIT_CREATE", "unit", unit.getId(), unit.getName());
        return unit;
    }

    public Unit updateUnit(Long id, @Valid UnitForm form) {
        scope.requireSystemAdmin();
        Unit unit = unit(id);
        checkUnitUnique(form, id);
        Unit parent = form.parentId() == null ? null : unit(form.parentId());
        if (parent != null && unit.isSelfOrAncestorOf(parent)) {
            audit.failure("ORG_UNIT_UPDATE", "unit", id, "cycle");
            throw new BusinessRuleException("error.unit.cycle", unit.getName(), parent.getName());
        }
        unit.setName(form.name().strip());
        unit.setShortName(blankToNull(form.shortName()));
        unit.setCode(form.code().strip());
        unit.setKind(form.kind());
        unit.setParent(parent);
        unit.setSortOrder(form.sortOrder());
        audit.success("ORG_UNIT_UPDATE", "unit", id, unit.getName());
        return unit;
    }

    public void setUnitEnabled(Long id, boolean enabled) {
        scope.requireSystemAdmin();
        Unit unit = unit(id);
        unit.setEnabled(enabled);
        audit.success(enabled ? "ORG_UNIT_ENABLE" : "ORG_UNIT_DISABLE", "unit", id, unit.getName());
    }

    public void deleteUnit(Long id) {
        scope.requireSystemAdmin();
        Unit unit = unit(id);
        if (people.countByUnitId(id) > 0) {
            audit.failure("ORG_UNIT_DELETE", "unit", id, "has people");
            throw new BusinessRuleException("error.unit.hasPeople", unit.getName());
        }
        if (units.existsByParentId(id)) {
            audit.failure("ORG_UNIT_DELETE", "unit", id, "has child units");
            throw new BusinessRuleException("error.unit.hasChildren", unit.getName());
        }
        departments.deleteAll(departments.findByUnitIdOrderBySortOrderAscIdAsc(id));
        units.delete(unit);
        audit.success("ORG_UNIT_DELETE", "unit", id, unit.getName());
    }

    private void checkUnitUnique(UnitForm form, Long id) {
        Long self = id == null ? -1L : id;
        if (units.existsByNameAndIdNot(form.name().strip(), self)) {
            throw new BusinessRuleException("error.unit.duplicateName", form.name().strip());
        }
        if (units.existsByCodeAndIdNot(form.code().strip(), self)) {
            throw new BusinessRuleException("error.unit.duplicateCode", form.code().strip());
        }
    }

    // ---- departments -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Department> departmentsOf(Long unitId) {
        return departments.findByUnitIdOrderBySortOrderAscIdAsc(unitId);
    }

    @Transactional(readOnly = true)
    public Department department(Long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
    }

    public Department createDepartment(@Valid DepartmentForm form) {
        scope.requireUnitAdministration(form.unitId());
        Unit unit = unit(form.unitId());
        checkDepartmentUnique(form.unitId(), form.name(), null);
        Department department = departments.save(new Department(unit, form.name().strip(), form.sortOrder()));
        assignLeaders(department, form);
        audit.success("ORG_DEPARTMENT_CREATE", "department", department.getId(), unit.getName() + "/" + department.getName());
        return department;
    }

    /** Edits a department; a different unit id moves it, with its people, to that unit. */
    public Department updateDepartment(Long id, @Valid DepartmentForm form) {
        Department department = department(id);
        scope.requireUnitAdministration(department.getUnit().getId());
        scope.requireUnitAdministration(form.unitId());
        checkDepartmentUnique(form.unitId(), form.name(), id);
        Unit target = unit(form.unitId());
        boolean moved = !Objects.equals(department.getUnit().getId(), target.getId());
        department.setName(form.name().strip());
        department.setSortOrder(form.sortOrder());
        if (moved) {
            department.setUnit(target);
            people.findByDepartmentIdOrderBySortOrderAscIdAsc(id).forEach(p -> {
                p.setUnit(target);
                // the account moves with its holder: the new unit's administrator manages it now
                accounts.moveToUnit(p.getId(), target.getId());
            });
        }
        assignLeaders(department, form);
        audit.success(moved ? "ORG_DEPARTMENT_MOVE" : "ORG_DEPARTMENT_UPDATE", "department", id,
                target.getName() + "/" + department.getName());
        return department;
    }

    public void setDepartmentEnabled(Long id, boolean enabled) {
        Department department = department(id);
        scope.requireUnitAdministration(department.getUnit().getId());
        if (!enabled && people.existsByDepartmentIdAndEnabledTrue(id)) {
            audit.failure("ORG_DEPARTMENT_DISABLE", "department", id, "has people");
            throw new BusinessRuleException("error.department.hasPeople", department.getName());
        }
        department.setEnabled(enabled);
        audit.success(enabled ? "ORG_DEPARTMENT_ENABLE" : "ORG_DEPARTMENT_DISABLE", "department", id, department.getName());
    }

    private void assignLeaders(Department department, DepartmentForm form) {
        department.setHead(form.headPersonId() == null ? null : personOfUnit(form.headPersonId(), form.unitId()));
        department.setLeaderInCharge(form.leaderPersonId() == null ? null : personOfUnit(form.leaderPersonId(), form.unitId()));
    }

    private Person personOfUnit(Long personId, Long unitId) {
        Person person = person(personId);
        if (!person.getUnit().getId().equals(unitId)) {
            throw new BusinessRuleException("error.person.otherUnit", person.getName());
        }
        return person;
    }

    private void checkDepartmentUnique(Long unitId, String name, Long id) {
        if (departments.existsByUnitIdAndNameAndIdNot(unitId, name.strip(), id == null ? -1L : id)) {
            throw new BusinessRuleException("error.department.duplicateName", name.strip());
        }
    }

    // ---- people ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Person> peopleOf(Long unitId) {
        return people.findByUnitIdOrderBySortOrderAscIdAsc(unitId);
    }

    @Transactional(readOnly = true)
    public Person person(Long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    /** The people with the given ids, in no particular order; unknown ids are skipped. */
    @Transactional(readOnly = true)
    public List<Person> people(Collection<Long> ids) {
        return people.findAllById(ids);
    }

    /** People of a unit (all units when null) whose name contains the text (any name when blank), unit and department loaded. */
    @Transactional(readOnly = true)
    public Page<Person> searchPeople(Long unitId, String name, Pageable page) {
        return people.search(unitId, LikePatterns.containing(name), page);
    }

    public Person createPerson(@Valid PersonForm form) {
        scope.requireUnitAdministration(form.unitId());
        Unit unit = unit(form.unitId());
        Department department = departmentOfUnit(form.departmentId(), unit);
        Person person = new Person(unit, department, form.name().strip(), form.position(), form.sortOrder());
        person.setPhone(blankToNull(form.phone()));
        person.setMobile(blankToNull(form.mobile()));
        person.setRoom(blankToNull(form.room() == null ? null : form.room().strip()));
        person.setEmail(blankToNull(form.email()));
        people.save(person);
        audit.success("ORG_PERSON_CREATE", "person", person.getId(), unit.getName() + "/" + person.getName());
        return person;
    }

    /** Edits a person; another unit or department in the form moves them there. */
    public Person updatePerson(Long id, @Valid PersonForm form) {
        Person person = person(id);
        scope.requireUnitAdministration(person.getUnit().getId());
        scope.requireUnitAdministration(form.unitId());
        Unit unit = unit(form.unitId());
        boolean moved = !Objects.equals(person.getUnit().getId(), unit.getId());
        person.setUnit(unit);
        if (moved) {
            accounts.moveToUnit(id, unit.getId());
        }
        person.setDepartment(departmentOfUnit(form.departmentId(), unit));
        person.setName(form.name().strip());
        person.setPosition(form.position());
        person.setPhone(blankToNull(form.phone()));
        person.setMobile(blankToNull(form.mobile()));
        person.setRoom(blankToNull(form.room() == null ? null : form.room().strip()));
        person.setEmail(blankToNull(form.email()));
        person.setSortOrder(form.sortOrder());
        audit.success(moved ? "ORG_PERSON_MOVE" : "ORG_PERSON_UPDATE", "person", id, unit.getName() + "/" + person.getName());
        return person;
    }

    public void setPersonEnabled(Long id, boolean enabled) {
        Person person = person(id);
        scope.requireUnitAdministration(person.getUnit().getId());
        person.setEnabled(enabled);
        audit.success(enabled ? "ORG_PERSON_ENABLE" : "ORG_PERSON_DISABLE", "person", id, person.getName());
    }

    /** 涉密等级 is the security administrator's to set, not the system administrator's. */
    @PreAuthorize("hasAuthority('CLEARANCE_MANAGE')")
    public void setClearance(Long personId, Clearance clearance) {
        Person person = person(personId);
        Clearance previous = person.getClearance();
        person.setClearance(clearance);
        audit.success("ORG_PERSON_CLEARANCE", "person", personId, person.getName() + ": " + previous + " → " + clearance);
    }

    private Department departmentOfUnit(Long departmentId, Unit unit) {
        if (departmentId == null) {
            return null;
        }
        Department department = department(departmentId);
        if (!department.getUnit().getId().equals(unit.getId())) {
            throw new BusinessRuleException("error.department.otherUnit", department.getName(), unit.getName());
        }
        return department;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
