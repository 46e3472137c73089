package org.zhengtong.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.presence.internal.AbsenceService;
import org.zhengtong.presence.internal.AbsenceView;
import org.zhengtong.workflow.Delegations;

/**
 * /presence: 外出登记 with a stand-in hands her tasks over through the kit and 返回登记 ends it; a form posted twice
 * registers once; bad input is refused with a Chinese message (400 input, 409 rule) and nothing is saved, the
 * hand-over included.
 */
@IntegrationTest
class PresencePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired AbsenceService absences;
    @Autowired Delegations delegations;
    @Autowired OrgDirectory directory;
    @Autowired MutableClock clock;

    Team team;

    @BeforeEach
    void team() {
        team = platform.newTeam();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registerWithAStandInThenReturn() throws Exception {
        register(team.clerk(), form("TRIP", now().minusMinutes(5), now().plusHours(3), "对账", "市审计局",
                "0735-2222333", team.clerk2()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/presence"));

        AbsenceView absence = absences.mine(team.clerk()).get(0);
        assertThat(absence.status()).isEqualTo(AbsenceView.Status.OUT);
        assertThat(absence.standInName()).isEqualTo(directory.nameOf(team.clerk2()));
        assertThat(delegations.inForce(List.of(team.clerk()), clock.instant()))
                .singleElement().extracting(Delegations.HandOver::toUsername).isEqualTo(team.clerk2());
        assertThat(page("/presence", team.clerk())).contains("出差", "市审计局", "外出中", "返回登记",
                directory.nameOf(team.clerk2()));

        mvc.perform(post("/presence/{id}/return", absence.id()).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(absences.mine(team.clerk()).get(0).status()).isEqualTo(AbsenceView.Status.RETURNED);
        assertThat(delegations.inForce(List.of(team.clerk()), clock.instant())).isEmpty();
        assertThat(page("/presence", team.clerk())).contains("已返回");

        // once is enough, and only her own
        mvc.perform(post("/presence/{id}/return", absence.id()).with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/presence/{id}/return", absence.id()).with(users.as(team.clerk2())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aReturnBeforeLeavingWithdrawsTheRegistration() throws Exception {
        register(team.clerk(), form("LEAVE", now().plusDays(1), now().plusDays(2), "事假", null, null, team.clerk2()))
                .andExpect(status().is3xxRedirection());
        AbsenceView planned = absences.mine(team.clerk()).get(0);
        assertThat(planned.status()).isEqualTo(AbsenceView.Status.PLANNED);

        absences.registerReturn(planned.id(), team.clerk());
        assertThat(absences.mine(team.clerk()).get(0).status()).isEqualTo(AbsenceView.Status.CANCELLED);
        assertThat(delegations.inForce(List.of(team.clerk()), clock.instant().plus(java.time.Duration.ofDays(1))
                .plusSeconds(60))).isEmpty();
    }

    @Test
    void aFormPostedTwiceRegistersOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            register(team.clerk(), form("OUT", now(), now().plusHours(1), "送文件", "市政府", null, null)
                    .param("requestKey", key)).andExpect(status().is3xxRedirection());
        }
        assertThat(absences.mine(team.clerk())).hasSize(1);
    }

    @Test
    void badInputIsRefusedAndNothingSaved() throws Exception {
        String otherUnit = platform.newMember("sjj", Position.CLERK);
        refused(409, "预计返回时间必须晚于外出时间", form("OUT", now().plusHours(2), now().plusHours(1), "开会", null, null, null));
        refused(409, "预计返回时间已经过去", form("OUT", now().minusHours(3), now().minusHours(1), "开会", null, null, null));
        refused(409, "不存在或没有账号", form("OUT", now(), now().plusHours(1), "开会", null, null,
                TestUsers.unique("nobody")));
        refused(409, "转交、加签和代办只能交给本单位的人员", form("OUT", now(), now().plusHours(1), "开会", null, null,
                otherUnit));
        refused(400, "请填写外出事由", form("OUT", now(), now().plusHours(1), " ", null, null, null));
        refused(400, "长度超出限制", form("OUT", now(), now().plusHours(1), "长".repeat(201), null, null, null));
        refused(400, "长度超出限制", form("OUT", now(), now().plusHours(1), "开会", "远".repeat(101), null, null));
        refused(400, "电话号码格式不正确", form("OUT", now(), now().plusHours(1), "开会", null, "<script>", null));
        refused(400, "格式不正确", form("OUT", "明天下午", now().plusHours(1), "开会", null, null, null));
        refused(400, "格式不正确", form("VACATION", now(), now().plusHours(1), "开会", null, null, null));
        assertThat(absences.mine(team.clerk())).isEmpty();
        assertThat(delegations.inForce(List.of(team.clerk()), clock.instant())).isEmpty();

        register(team.clerk(), form("OUT", now(), now().plusHours(4), "开会", null, null, null))
                .andExpect(status().is3xxRedirection());
        refused(409, "这段时间您已有外出登记", form("TRIP", now().plusHours(1), now().plusDays(1), "出差", null, null,
                null));
        assertThat(absences.mine(team.clerk())).hasSize(1);
    }

    private void refused(int status, String message, MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request.with(users.as(team.clerk())).with(csrf()))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message);
    }

    private ResultActions register(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.as(username)).with(csrf()));
    }

    /** The form as a browser posts it; a time is a {@link LocalDateTime} or any text typed instead. */
    private static MockHttpServletRequestBuilder form(String kind, Object leavesAt, Object expectedReturnAt,
                                                      String reason,
                                                      String destination, String phone, String standIn) {
        MockHttpServletRequestBuilder request = post("/presence").param("kind", kind)
                .param("leavesAt", leavesAt.toString()).param("expectedReturnAt", expectedReturnAt.toString())
                .param("reason", reason);
        if (destination != null) {
            request.param("destination", destination);
        }
        if (phone != null) {
            request.param("contactPhone", phone);
        }
        if (standIn != null) {
            request.param("standInUsername", standIn);
        }
        return request;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
