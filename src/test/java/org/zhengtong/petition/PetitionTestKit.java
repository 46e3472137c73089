package org.zhengtong.petition;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The demo city's 信访 people: 市信访局's office director (the 信访 office), its head (批示), and the office directors
 * of 市住建局 and 北湖区人民政府 who handle what is handed to their units; registration and task steps over the API.
 */
final class PetitionTestKit {

    static final String OFFICE = "xfj.office";
    static final String LEADER = "xfj.head";
    static final String HOUSING = "zjj.office";
    static final String DISTRICT = "bhq.office";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicInteger SERIAL = new AtomicInteger(100 + (int) (System.nanoTime() % 800));

    private final MockMvc mvc;
    private final TestUsers users;
    private final Workflow workflow;
    private final OrgDirectory directory;

    PetitionTestKit(MockMvc mvc, TestUsers users, Workflow workflow, OrgDirectory directory) {
        this.mvc = mvc;
        this.users = users;
        this.workflow = workflow;
        this.directory = directory;
    }

    long unit(String code) {
        return directory.units().stream().filter(u -> code.equals(u.code())).findFirst().orElseThrow().id();
    }

    /** A valid 身份证号码 of someone born 1980-01-01 in 郴州北湖区, new for each call. */
    static String newIdNumber() {
        return idNumber("431002198001011" + String.format("%02d", SERIAL.incrementAndGet() % 100));
    }

    /** The 18-character number with the check character of GB 11643 for these 17 digits. */
    static String idNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String body(String channel, String name, String idNumber, String phone, String matter, String summary,
                       List<Long> complainedUnits) {
        return """
                {"channel": "%s", "name": "%s", "idNumber": "%s", "phone": "%s", "address": "北湖区人民路1号",
                 "matterCode": "%s", "summary": "%s", "content": "%s。小区旁的工地夜间施工，噪声扰民，多次反映未解决。",
                 "complainedPeople": "某建筑公司", "complainedUnitIds": [%s]}
                """.formatted(channel, name, idNumber, phone, matter, summary, summary,
                complainedUnits.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    long register(String body) throws Exception {
        String json = mvc.perform(post("/api/v1/petitions").with(users.as(OFFICE)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    TodoTask task(String username, long id, String activityId) {
        return workflow.todo(username).stream().filter(t -> t.businessKey().equals("petition:" + id)
                        && t.activityId().equals(activityId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + activityId + " task of petition " + id + " for " + username));
    }

    ResultActions send(String username, long id, String activityId, String body) throws Exception {
        return mvc.perform(post("/api/v1/tasks/{taskId}/send", task(username, id, activityId).taskId())
                .with(users.as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions view(String username, long id) throws Exception {
        return mvc.perform(get("/api/v1/petitions/{id}", id).with(users.as(username)));
    }

    /** Registers and takes a case to 办理 at the two units. */
    long handedToTwoUnits(String summary) throws Exception {
        long id = register(body("LETTER", "张建国", newIdNumber(), "13907351234", "URBAN", summary,
                List.of(unit("cgj"))));
        send(OFFICE, id, "propose", """
                {"opinion": "拟受理，呈局长批示", "choices": {"disposition": ["ACCEPT"], "leader": ["xfj.head"]}}""")
                .andExpect(status().isOk());
        send(LEADER, id, "instruct", "{\"opinion\": \"请市住建局、北湖区依法办理\"}").andExpect(status().isOk());
        send(OFFICE, id, "assign", """
                {"opinion": "交办", "choices": {"units": ["%d", "%d"]}}""".formatted(unit("zjj"), unit("bhq")))
                .andExpect(status().isOk());
        return id;
    }
}
