package org.zhengtong.platform.internal.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.IntegrationTest;

/** What the admin pages read, and who may read it. */
@IntegrationTest
class OrganizationDirectoryTest {

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    OrganizationService organization;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void theTreeNestsUnitsBelowTheirParentsInSortOrder() {
        List<OrganizationDirectory.UnitNode> roots = as("sysadmin", directory::unitTree);
        OrganizationDirectory.UnitNode city = roots.stream().filter(n -> n.code().equals("szf")).findFirst().orElseThrow();
        List<String> below = city.children().stream().map(OrganizationDirectory.UnitNode::code).toList();
        assertThat(below).containsSubsequence("szfb", "fgw", "czj", "bhq", "sxq");
        OrganizationDirectory.UnitNode district = city.children().stream()
                .filter(n -> n.code().equals("bhq")).findFirst().orElseThrow();
        assertThat(district.children()).extracting(OrganizationDirectory.UnitNode::code).contains("bhqb", "bhczj");
    }

    @Test
    void aUnitAdministratorReadsOnlyTheirOwnUnit() {
        Long czj = unit("czj").getId();
        Long zjj = unit("zjj").getId();
        OrganizationDirectory.UnitOverview own = as("czj.office", () -> directory.overview(czj));
        assertThat(own.unit().name()).isEqualTo("市财政局");
        assertThat(own.departments()).extracting(OrganizationDirectory.DepartmentRow::name).contains("办公室", "预算科");
        assertThat(own.people()).isNotEmpty();
        assertThat(as("czj.office", directory::unitOptions))
                .singleElement().extracting(OrganizationDirectory.Option::id).isEqualTo(czj);

        assertThatThrownBy(() -> as("czj.office", directory::unitTree)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("czj.office", () -> directory.overview(zjj))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("czj.office", () -> directory.personOptions(zjj)))
                .isInstanceOf(AccessDeniedException.class);
        Long foreignDepartment = organization.departmentsOf(zjj).get(0).getId();
        assertThatThrownBy(() -> as("czj.office", () -> directory.departmentForm(foreignDepartment)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOrdinaryUserReadsNothing() {
        Long czj = unit("czj").getId();
        assertThatThrownBy(() -> as("czj.d1.clerk1", () -> directory.overview(czj)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("czj.d1.clerk1", directory::unitOptions)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editFormsStartFromTheStoredValues() {
        Unit czj = unit("czj");
        UnitForm unitForm = as("sysadmin", () -> directory.unitForm(czj.getId()));
        assertThat(unitForm.code()).isEqualTo("czj");
        assertThat(unitForm.parentId()).isEqualTo(unit("szf").getId());

        Department budget = organization.departmentsOf(czj.getId()).stream()
                .filter(d -> d.getName().equals("预算科")).findFirst().orElseThrow();
        DepartmentForm departmentForm = as("czj.office", () -> directory.departmentForm(budget.getId()));
        assertThat(departmentForm.unitId()).isEqualTo(czj.getId());
        assertThat(departmentForm.headPersonId()).isNotNull();
        assertThat(departmentForm.leaderPersonId()).isNotNull();
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Unit unit(String code) {
        return organization.allUnits().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow();
    }
}
