package org.zhengtong.platform.internal.api;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.internal.org.DepartmentForm;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.UnitForm;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * The organization as the API shows it. Each call runs {@link OrganizationService} (which checks the data scope and
 * audits changes) and turns the result into response records in the same transaction, so a refused change leaves
 * nothing behind and lazy associations can be read.
 * <p>
 * Reads are the address book: any logged-in user sees every unit, department and person, but a person's phone and
 * email only when they are in the reader's own unit or the reader is the system administrator.
 */
@Service
@Transactional
class OrganizationApiService {

    private final OrganizationService organization;
    private final DataScope scope;

    OrganizationApiService(OrganizationService organization, DataScope scope) {
        this.organization = organization;
        this.scope = scope;
    }

    // ---- units -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<UnitResponse> units() {
        return organization.allUnits().stream().map(UnitResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public UnitResponse unit(Long id) {
        return UnitResponse.of(organization.unit(id));
    }

    public UnitResponse createUnit(UnitForm form) {
        return UnitResponse.of(organization.createUnit(form));
    }

    public UnitResponse updateUnit(Long id, UnitForm form) {
        return UnitResponse.of(organization.updateUnit(id, form));
    }

    public UnitResponse setUnitEnabled(Long id, boolean enabled) {
        organization.setUnitEnabled(id, enabled);
        return unit(id);
    }

    public void deleteUnit(Long id) {
        organization.deleteUnit(id);
    }

    // ---- departments -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<DepartmentResponse> departmentsOf(Long unitId) {
        organization.unit(unitId);
        return organization.departmentsOf(unitId).stream().map(DepartmentResponse::of).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentResponse department(Long id) {
        return DepartmentResponse.of(organization.department(id));
    }

    public DepartmentResponse createDepartment(DepartmentForm form) {
        return DepartmentResponse.of(organization.createDepartment(form));
    }

    public DepartmentResponse updateDepartment(Long id, DepartmentForm form) {
        return DepartmentResponse.of(organization.updateDepartment(id, form));
    }

    public DepartmentResponse setDepartmentEnabled(Long id, boolean enabled) {
        organization.setDepartmentEnabled(id, enabled);
        return department(id);
    }

    // ---- people ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PersonResponse> peopleOf(Long unitId) {
        organization.unit(unitId);
        return organization.peopleOf(unitId).stream().map(this::toResponse).toList();
    }

    @Transactional(readOnly = true)
    public PersonResponse person(Long id) {
        return toResponse(organization.person(id));
    }

    public PersonResponse createPerson(PersonForm form) {
        return toResponse(organization.createPerson(form));
    }

    public PersonResponse updatePerson(Long id, PersonForm form) {
        return toResponse(organization.updatePerson(id, form));
    }

    public PersonResponse setPersonEnabled(Long id, boolean enabled) {
        organization.setPersonEnabled(id, enabled);
        return person(id);
    }

    private PersonResponse toResponse(Person person) {
        boolean sameUnit = person.getUnit().getId().equals(scope.current().unitId());
        return PersonResponse.of(person, sameUnit || scope.isSystemAdmin());
    }
}
