package org.zhengtong.platform.internal.org;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.Role;
import org.zhengtong.platform.internal.account.RoleRepository;

@Service
@Transactional(readOnly = true)
class OrgDirectoryService implements OrgDirectory {

    private final UnitRepository units;
    private final DepartmentRepository departments;
    private final PersonRepository people;
    private final AccountRepository accounts;
    private final RoleRepository roles;

    OrgDirectoryService(UnitRepository units, DepartmentRepository departments, PersonRepository people,
                        AccountRepository accounts, RoleRepository roles) {
        this.units = units;
        this.departments = departments;
        this.people = people;
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    public Optional<PersonRef> person(String username) {
        return accounts.findByUsername(username)
                .filter(Account::isEnabled)
                .filter(a -> a.getPersonId() != null)
                .flatMap(a -> people.findById(a.getPersonId()).map(p -> ref(p, a.getUsername())));
    }

    @Override
    public List<PersonRef> holders(long unitId, String position) {
        return people(unitId).stream().filter(p -> p.position().equals(position)).toList();
    }

    @Override
    public Optional<PersonRef> departmentHead(long departmentId) {
        return departments.findById(departmentId).map(Department::getHead).flatMap(this::withAccount);
    }

    @Override
    public Optional<PersonRef> leaderInCharge(long departmentId) {
        return departments.findById(departmentId).map(Department::getLeaderInCharge).flatMap(this::withAccount);
    }

    @Override
    public Optional<UnitRef> unit(long unitId) {
        return units.findById(unitId).map(OrgDirectoryService::ref);
    }

    @Override
    public List<UnitRef> units() {
        return units.findAllByOrderBySortOrderAscIdAsc().stream().filter(Unit::isEnabled).map(OrgDirectoryService::ref).toList();
    }

    @Override
    public List<DepartmentRef> departments(long unitId) {
        return departments.findByUnitIdOrderBySortOrderAscIdAsc(unitId).stream().filter(Department::isEnabled)
                .map(d -> new DepartmentRef(d.getId(), unitId, d.getName())).toList();
    }

    @Override
    public Optional<DepartmentRef> department(long departmentId) {
        return departments.findById(departmentId).map(d -> new DepartmentRef(d.getId(), d.getUnit().getId(), d.getName()));
    }

    @Override
    public List<PersonRef> everyone() {
        Map<Long, String> usernameByPerson = accounts.findAllByOrderByUnitIdAscUsernameAsc().stream()
                .filter(Account::isEnabled).filter(a -> a.getPersonId() != null)
                .collect(Collectors.toMap(Account::getPersonId, Account::getUsername));
        return people.enabledInEnabledUnits().stream().filter(p -> usernameByPerson.containsKey(p.getId()))
                .map(p -> ref(p, usernameByPerson.get(p.getId()))).toList();
    }

    @Override
    public List<PersonRef> people(long unitId) {
        List<Person> unitPeople = people.findByUnitIdOrderBySortOrderAscIdAsc(unitId).stream().filter(Person::isEnabled).toList();
        Map<Long, Account> byPerson = accounts.findByUnitIdOrderByUsername(unitId).stream()
                .filter(Account::isEnabled).filter(a -> a.getPersonId() != null)
                .collect(Collectors.toMap(Account::getPersonId, Function.identity()));
        return unitPeople.stream().filter(p -> byPerson.containsKey(p.getId()))
                .map(p -> ref(p, byPerson.get(p.getId()).getUsername()))
                .toList();
    }

    @Override
    public List<String> positions() {
        return Arrays.stream(Position.values()).map(Position::name).toList();
    }

    @Override
    public List<String> usernamesWithRole(String role) {
        return accounts.enabledUsernamesWithRole(role);
    }

    @Override
    public List<String> usernamesWithPermission(long unitId, String permission) {
        List<String> granting = roles.findAll().stream().filter(r -> r.permissionSet().contains(permission))
                .map(Role::getCode).toList();
        return granting.isEmpty() ? List.of() : accounts.enabledUsernamesWithRoleInUnit(granting, unitId);
    }

    private Optional<PersonRef> withAccount(Person person) {
        if (person == null || !person.isEnabled()) {
            return Optional.empty();
        }
        return accounts.findByPersonId(person.getId()).filter(Account::isEnabled).map(a -> ref(person, a.getUsername()));
    }

    private static PersonRef ref(Person p, String username) {
        return new PersonRef(p.getId(), username, p.getName(), p.getUnit().getId(),
                p.getDepartment() == null ? null : p.getDepartment().getId(), p.getPosition().name(), p.getClearance(),
                p.getEmail(), p.getPhone(), p.getMobile(), p.getRoom());
    }

    private static UnitRef ref(Unit u) {
        return new UnitRef(u.getId(), u.getName(), u.getShortName(), u.getCode(),
                u.getParent() == null ? null : u.getParent().getId());
    }
}
