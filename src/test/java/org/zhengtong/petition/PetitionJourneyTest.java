package org.zhengtong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.petition.PetitionTestKit.DISTRICT;
import static org.zhengtong.petition.PetitionTestKit.HOUSING;
import static org.zhengtong.petition.PetitionTestKit.LEADER;
import static org.zhengtong.petition.PetitionTestKit.OFFICE;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.archive.Retention;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.WorkingDays;
import org.zhengtong.workflow.Workflow;

/**
 * The whole 信访 journey on the kit: 市信访局 registers a letter with its scan, 拟办 accepts it to the head, who
 * instructs; it is handed to 市住建局 and 北湖区 at once, each reports; the office drafts the reply, which is reviewed,
 * sent and printed as 答复意见书; 回访 records the satisfaction, the case is 办结, offered to the archive and archived.
 * Deadlines are the 条例's in working days.
 */
@IntegrationTest
class PetitionJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired OrgDirectory directory;
    @Autowired WorkingDays workingDays;
    @Autowired MutableClock clock;
    @Autowired AsUser as;
    @Autowired ArchivingService archiving;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLetterIsRegisteredHandedToTwoUnitsAnsweredClosedAndArchived() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        String summary = TestUsers.unique("工地夜间施工噪声扰民");
        String idNumber = PetitionTestKit.newIdNumber();
        long id = kit.register(PetitionTestKit.body("LETTER", "张建国", idNumber, "13907351234", "URBAN", summary,
                List.of(kit.unit("cgj"))));
        LocalDate today = LocalDate.now(clock);
        kit.view(OFFICE, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.acceptDue").value(workingDays.plusWorkingDays(today, 15).toString()))
                .andExpect(jsonPath("$.petitioner.name").value("张建国"))
                .andExpect(jsonPath("$.complainedUnits[0].name").value("市城市管理局"));

        // the scanned letter: the server decides its type
        byte[] scan = "%PDF-1.4\n% scanned letter\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/api/v1/petitions/{id}/files", id).file(new MockMultipartFile("file", "来信.html",
                        "text/html", scan)).with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.files[0].name").value("来信.html"));
        String fileId = com.jayway.jsonpath.JsonPath.read(kit.view(OFFICE, id).andReturn().getResponse()
                .getContentAsString(), "$.files[0].id").toString();
        mvc.perform(get("/petitions/{id}/files/{f}", id, fileId).with(users.as(OFFICE)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));

        // 拟办 → 领导批示 → 交办 to two units
        kit.send(OFFICE, id, "propose", """
                {"opinion": "拟受理，呈局长批示", "choices": {"disposition": ["ACCEPT"], "leader": ["xfj.head"]}}""")
                .andExpect(status().isOk());
        kit.view(OFFICE, id).andExpect(jsonPath("$.status").value("HANDLING"))
                .andExpect(jsonPath("$.acceptedOn").value(today.toString()))
                .andExpect(jsonPath("$.handleDue").value(workingDays.plusWorkingDays(today, 60).toString()));
        mvc.perform(get("/api/v1/todo").with(users.as(LEADER))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(summary));
        kit.send(LEADER, id, "instruct", "{\"opinion\": \"请市住建局、北湖区依法办理，按期答复\"}").andExpect(status().isOk());
        kit.send(OFFICE, id, "assign", """
                {"opinion": "交办", "choices": {"units": ["%d", "%d"]}}""".formatted(kit.unit("zjj"), kit.unit("bhq")))
                .andExpect(status().isOk());
        assertThat(kit.task(HOUSING, id, "handle").due()).isNotNull();
        assertThat(kit.task(DISTRICT, id, "handle").due()).isEqualTo(kit.task(HOUSING, id, "handle").due());
        mvc.perform(get("/api/v1/petitions/{id}/pdf/assignment", id).with(users.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith('%', 'P', 'D', 'F'));

        // each unit's handler sees the case and reports; the review needs the office's reply first
        kit.view(HOUSING, id).andExpect(status().isOk()).andExpect(jsonPath("$.petitioner.name").value("张建国"));
        kit.send(HOUSING, id, "handle", "{\"opinion\": \"已责令施工单位夜间停工，并处罚款\"}").andExpect(status().isOk());
        kit.send(DISTRICT, id, "handle", "{\"opinion\": \"街道已组织约谈，建立夜间巡查\"}").andExpect(status().isOk());
        kit.view(OFFICE, id).andExpect(jsonPath("$.assignments[0].report").isNotEmpty())
                .andExpect(jsonPath("$.assignments[1].report").isNotEmpty());
        kit.send(OFFICE, id, "review", "{\"opinion\": \"同意\"}").andExpect(status().isConflict());
        mvc.perform(post("/api/v1/petitions/{id}/reply", id).with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"经市住建局、北湖区调查处理，施工单位已停止夜间施工。\"}"))
                .andExpect(status().isOk());
        kit.send(OFFICE, id, "review", "{\"opinion\": \"答复意见审核同意\"}").andExpect(status().isOk());
        kit.send(OFFICE, id, "reply", "{\"opinion\": \"已寄送答复意见书\"}").andExpect(status().isOk());
        kit.view(OFFICE, id).andExpect(jsonPath("$.status").value("REPLIED"));
        mvc.perform(get("/api/v1/petitions/{id}/pdf/reply", id).with(users.as(OFFICE)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith('%', 'P', 'D', 'F'));
        kit.send(OFFICE, id, "visit", """
                {"opinion": "电话回访", "choices": {"satisfaction": ["SATISFIED"]}}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.ended").value(true));
        kit.view(OFFICE, id).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.satisfaction").value("SATISFIED"))
                .andExpect(jsonPath("$.closedOn").value(today.toString()));

        // counted in the office's statistics: the units it went to, on time, satisfied
        mvc.perform(get("/api/v1/petitions/statistics").with(users.as(OFFICE))).andExpect(status().isOk())
                .andExpect(jsonPath("$.byUnit['市住房和城乡建设局']").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.byUnit['北湖区人民政府']").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.satisfaction.SATISFIED").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.handledOnTime.onTime").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.byChannel.LETTER").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

        // the page shows it all; every opening of the personal data was audited
        String page = mvc.perform(get("/petitions/{id}", id).with(users.as(OFFICE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(summary, "张建国", "市住房和城乡建设局", "北湖区人民政府", "满意", "办结",
                "已责令施工单位夜间停工");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'PETITION_OPEN'"
                + " and object_id = ?", Long.class, String.valueOf(id))).isGreaterThanOrEqualTo(5);
        // …and no audit line carries the 身份证号码 or the phone
        assertThat(jdbc.queryForObject("select count(*) from audit_record where detail like ? or detail like ?",
                Long.class, "%" + idNumber + "%", "%13907351234%")).isZero();

        // 办结: offered to the archive and archived by 市信访局's 机要秘书
        ArchivingService.Candidate candidate = await().atMost(Duration.ofSeconds(20)).until(() -> as.call(
                "xfj.secretary", () -> archiving.candidates()).stream()
                .filter(c -> "petition".equals(c.offer().getSourceKind()) && c.offer().getSourceId().equals(id))
                .findFirst(), Optional::isPresent).get();
        ArchiveItem item = as.call("xfj.secretary", () -> archiving.archiveOne(new ArchivingService.Request(
                new ArchivingService.Source("petition", id), Retention.YEARS_10, candidate.suggestedOrgCode())));
        assertThat(item.getTitle()).contains(summary);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> kit.view(OFFICE, id)
                .andExpect(jsonPath("$.status").value("ARCHIVED")));
    }

    @Test
    void notAcceptedAndForwardedEndWithAWrittenNotice() throws Exception {
        PetitionTestKit kit = new PetitionTestKit(mvc, users, workflow, directory);
        long refused = kit.register(PetitionTestKit.body("PHONE", "李明", PetitionTestKit.newIdNumber(), "0735-2223344",
                "LAW", TestUsers.unique("已经法院判决的民事纠纷"), List.of()));
        kit.send(OFFICE, refused, "propose", """
                {"opinion": "", "choices": {"disposition": ["NOT_ACCEPTED"]}}""").andExpect(status().isConflict());
        kit.send(OFFICE, refused, "propose", """
                {"opinion": "属于诉讼已经处理的事项，依照条例第三十一条不予受理", "choices": {"disposition": ["NOT_ACCEPTED"]}}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.ended").value(true));
        kit.view(OFFICE, refused).andExpect(jsonPath("$.status").value("NOT_ACCEPTED"));
        mvc.perform(get("/api/v1/petitions/{id}/pdf/notice", refused).with(users.as(OFFICE)))
                .andExpect(status().isOk());

        long forwarded = kit.register(PetitionTestKit.body("ONLINE", "王芳", PetitionTestKit.newIdNumber(),
                "13800000000", "EDU", TestUsers.unique("学校收费"), List.of(kit.unit("jyj"))));
        // never to the unit complained about, not even by 转送
        kit.send(OFFICE, forwarded, "propose", """
                {"opinion": "转送", "choices": {"disposition": ["FORWARD"], "forwardTo": ["%d"]}}""".formatted(
                kit.unit("jyj"))).andExpect(status().isConflict());
        kit.send(OFFICE, forwarded, "propose", """
                {"opinion": "属北湖区职责，转送处理", "choices": {"disposition": ["FORWARD"], "forwardTo": ["%d"]}}"""
                .formatted(kit.unit("bhq"))).andExpect(status().isOk());
        kit.view(OFFICE, forwarded).andExpect(jsonPath("$.status").value("FORWARDED"))
                .andExpect(jsonPath("$.forwardedTo").value("北湖区人民政府"));
    }
}
