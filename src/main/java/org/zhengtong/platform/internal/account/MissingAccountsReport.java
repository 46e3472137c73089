package org.zhengtong.platform.internal.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.internal.org.Department;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.platform.internal.org.Unit;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * Units that lack a mandatory OA account (郴政办函〔2011〕10号): unit head, office director and confidential
 * secretary must have one, and every department at least one.
 */
@Service
@Transactional(readOnly = true)
public class MissingAccountsReport {

    public record Gap(Unit unit, List<Position> missingPositions, List<Department> departmentsWithoutAccount) {
    }

    private final OrganizationService organization;
    private final AccountRepository accounts;
    private final DataScope scope;

    MissingAccountsReport(OrganizationService organization, AccountRepository accounts, DataScope scope) {
        this.organization = organization;
        this.accounts = accounts;
        this.scope = scope;
    }

    public List<Gap> gaps() {
        Long confinedTo = scope.confinedUnitId();
        List<Gap> gaps = new ArrayList<>();
        for (Unit unit : organization.allUnits()) {
            if (!unit.isEnabled() || (confinedTo != null && !confinedTo.equals(unit.getId()))) {
                continue;
            }
            List<Person> people = organization.peopleOf(unit.getId()).stream().filter(Person::isEnabled).toList();
            Set<Long> holders = people.isEmpty() ? Set.of()
                    : new HashSet<>(accounts.enabledAccountHolders(people.stream().map(Person::getId).toList()));
            List<Person> withAccount = people.stream().filter(p -> holders.contains(p.getId())).toList();

            EnumSet<Position> missing = EnumSet.noneOf(Position.class);
            for (Position position : Position.values()) {
                if (position.mandatoryAccount() && withAccount.stream().noneMatch(p -> p.getPosition() == position)) {
                    missing.add(position);
                }
            }
            List<Department> departmentsWithout = organization.departmentsOf(unit.getId()).stream()
                    .filter(Department::isEnabled)
                    .filter(d -> withAccount.stream().noneMatch(p -> p.getDepartment() != null
                            && p.getDepartment().getId().equals(d.getId())))
                    .toList();
            if (!missing.isEmpty() || !departmentsWithout.isEmpty()) {
                gaps.add(new Gap(unit, List.copyOf(missing), departmentsWithout));
            }
        }
        return gaps;
    }
}
