package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.platform.admin.AdminFixtures;
import org.zhengtong.platform.internal.account.Account;
import org.zhengtong.platform.internal.account.AccountRepository;
import org.zhengtong.platform.internal.account.AdministratorRecoveryCommand;
import org.zhengtong.platform.internal.account.RoleForm;
import org.zhengtong.platform.internal.account.RoleService;

/**
 * 三员分立 under attack: the system, security and audit administrators try every account-management request of the
 * API and the console on each other's accounts (and their own). Every one is refused and changes nothing; the only
 * way back into one of these accounts is the command run on the server, which is audited.
 */
@IntegrationTest
class AdministratorTakeoverAttackTest {

    private static final List<String> ADMINISTRATORS = List.of("sysadmin", "secadmin", "auditadmin");
    private static final List<String> MANAGEMENT_REQUESTS = List.of(
            "/api/v1/accounts/{id}/password-reset",
            "/api/v1/accounts/{id}/disable",
            "/api/v1/accounts/{id}/enable",
            "/api/v1/accounts/{id}/unlock",
            "/admin/accounts/{id}/password",
            "/admin/accounts/{id}/disable",
            "/admin/accounts/{id}/enable",
            "/admin/accounts/{id}/unlock",
            "/admin/accounts/{id}/grant-unit-admin",
            "/admin/accounts/{id}/revoke-unit-admin",
            "/admin/security/accounts/{id}/roles");
    private static final Pattern PRINTED_PASSWORD = Pattern.compile("新的初始密码 (\\S+)（");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser asUser;
    @Autowired AdminFixtures fixtures;
    @Autowired AccountRepository accounts;
    @Autowired RoleService roles;
    @Autowired AdministratorRecoveryCommand recovery;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    static Stream<Arguments> everyAdministratorAgainstEveryAdministratorByEveryRequest() {
        return ADMINISTRATORS.stream().flatMap(attacker -> ADMINISTRATORS.stream().flatMap(target ->
                MANAGEMENT_REQUESTS.stream().map(request -> Arguments.of(attacker, target, request))));
    }

    @ParameterizedTest(name = "{0} → {1}: POST {2}")
    @MethodSource("everyAdministratorAgainstEveryAdministratorByEveryRequest")
    void noAdministratorManagesTheAccountOfAnother(String attacker, String target, String request) throws Exception {
        Account before = fixtures.account(target);
        // a real business role, so that a role assignment let through would show
        String businessRole = asUser.call("secadmin", () -> roles.create(
                new RoleForm(TestUsers.unique("R").toUpperCase(), TestUsers.unique("越权角色"), Set.of()))).getCode();

        mvc.perform(post(request.replace("{id}", before.getId().toString())).param("roles", businessRole)
                        .with(users.as(attacker)).with(csrf()))
                .andExpect(status().isForbidden());

        Account after = fixtures.account(target);
        assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
        assertThat(after.isEnabled()).isEqualTo(before.isEnabled());
        assertThat(after.getLockedUntil()).isEqualTo(before.getLockedUntil());
        assertThat(after.getRoles()).isEqualTo(before.getRoles());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
    }

    @Test
    void theirPagesOfferNoManagementAndSayHowTheyAreRecovered() throws Exception {
        mvc.perform(get("/admin/accounts/" + fixtures.account("auditadmin").getId()).with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("--reset-admin-password")))
                .andExpect(content().string(not(containsString("id=\"reset-password\""))))
                .andExpect(content().string(not(containsString("id=\"disable\""))));
        mvc.perform(get("/admin/security/accounts/" + fixtures.account("sysadmin").getId()).with(users.as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("--reset-admin-password")))
                .andExpect(content().string(not(containsString("id=\"account-roles\""))));
    }

    @Test
    void theServerCommandRecoversALockedOutAdministratorAndIsAudited() throws Exception {
        Account auditor = lockedOutAuditAdministrator();
        try {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            int exitCode = recovery.recover(List.of(auditor.getUsername()),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(exitCode).isZero();
            Matcher password = PRINTED_PASSWORD.matcher(printed.toString(StandardCharsets.UTF_8));
            assertThat(password.find()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
            Account recovered = fixtures.reload(auditor);
            assertThat(recovered.isEnabled()).isTrue();
            assertThat(recovered.isLockedAt(clock.instant())).isFalse();
            assertThat(recovered.isTotpEnabled()).isFalse();
            assertThat(recovered.isMustChangePassword()).isTrue();
            assertThat(ConsoleLogin.answer(mvc, auditor.getUsername(), password.group(1)))
                    .isEqualTo("/account/password");
            assertThat(jdbc.queryForObject("select actor from audit_record where action = 'ACCOUNT_PASSWORD_RECOVER' "
                    + "and object_id = ? and result = 'SUCCESS'", String.class, auditor.getId().toString()))
                    .startsWith("console:");
        } finally {
            Account done = fixtures.reload(auditor);
            done.setEnabled(false);
            accounts.save(done);
        }
    }

    @Test
    void theServerCommandRecoversNobodyElse() {
        Account clerk = fixtures.account("czj.d1.clerk1");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exitCode = recovery.recover(List.of("czj.d1.clerk1", TestUsers.unique("nobody")),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("不是系统管理员、安全管理员或审计管理员")
                .doesNotContain("新的初始密码");
        assertThat(fixtures.reload(clerk).getPasswordHash()).isEqualTo(clerk.getPasswordHash());
        assertThat(recovery.recover(List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(2);
    }

    /** A second audit administrator, so the demo's own stays as it is: disabled, locked and with TOTP. */
    private Account lockedOutAuditAdministrator() {
        Account account = new Account(TestUsers.unique("auditor"), null, null, passwordEncoder.encode("Lost#2026"),
                clock.instant());
        account.getRoles().add(Roles.AUDIT_ADMIN);
        account.setMustChangePassword(false);
        account.setEnabled(false);
        account.setLockedUntil(clock.instant().plus(Duration.ofHours(1)));
        account.setTotpSecret("JBSWY3DPEHPK3PXP");
        account.setTotpEnabled(true);
        return accounts.save(account);
    }
}
