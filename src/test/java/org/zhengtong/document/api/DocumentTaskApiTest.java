package org.zhengtong.document.api;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.platform.OrgDirectory;

/**
 * A 公文's task through the workflow kit's own API ({@code /api/v1/tasks/…}): the same actions, rules and refusals as
 * {@code /api/v1/documents/{id}/tasks/…}, access answered by the document module.
 */
@IntegrationTest
class DocumentTaskApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired OrgDirectory directory;

    DocumentApiClient api;

    @BeforeEach
    void client() {
        api = new DocumentApiClient(mvc, json, directory);
    }

    @Test
    void theKitsApiActsOnADocumentsTaskUnderTheDocumentsRules() throws Exception {
        long id = api.draftAtDepartmentReview();
        String review = api.taskId("czj.d1.chief", id, "部门审核");
        String tasks = "/api/v1/tasks/" + review;

        api.get("czj.d2.clerk1", tasks).andExpect(status().isForbidden());
        api.get("czj.d1.chief", tasks).andExpect(status().isOk())
                .andExpect(jsonPath("$.businessKey").value("document:" + id))
                .andExpect(jsonPath("$.name").value("部门审核"));
        api.post("czj.d1.chief", tasks + "/refuse", Map.of("reason", "不归我们办")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有签收时可以退文。"));
        api.post("czj.d1.chief", tasks + "/send", Map.of("opinion", "同意")).andExpect(status().isOk())
                .andExpect(jsonPath("$.ended").value(false))
                .andExpect(jsonPath("$.openSteps[*].name").value(contains("办公室核稿")));

        String officeReview = api.taskId("czj.office", id, "办公室核稿");
        api.get("czj.office", "/api/v1/tasks/" + officeReview).andExpect(status().isOk())
                .andExpect(jsonPath("$.choices[*].name").value(contains("countersigners", "signer")));
        api.post("czj.office", "/api/v1/tasks/" + officeReview + "/send",
                        Map.of("opinion", "请会签", "choices", Map.of("countersigners", List.of("czj.d2.chief"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openSteps[*].name").value(contains("会签")))
                .andExpect(jsonPath("$.openSteps[0].assignee").value("czj.d2.chief"));
        api.get("czj.d1.chief", "/api/v1/tasks/" + review).andExpect(status().isConflict());
        api.get("czj.d1.chief", "/api/v1/tasks/no-such-task").andExpect(status().isNotFound());
    }

    /** Someone of the same unit who takes no part, and someone of another unit: every action refused, nothing moves. */
    @Test
    void outsidersCannotActOnTheTaskThroughTheKitsApi() throws Exception {
        long id = api.draftAtDepartmentReview();
        String review = api.taskId("czj.d1.chief", id, "部门审核");
        String tasks = "/api/v1/tasks/" + review;
        for (String outsider : List.of("czj.d2.clerk1", "szfb.secretary")) {
            api.post(outsider, tasks + "/send", Map.of("opinion", "同意")).andExpect(status().isForbidden());
            api.post(outsider, tasks + "/transfer", Map.of("to", outsider, "opinion", "我来"))
                    .andExpect(status().isForbidden());
            api.post(outsider, tasks + "/add-signer", Map.of("to", outsider, "opinion", "加我"))
                    .andExpect(status().isForbidden());
            api.post(outsider, tasks + "/urge", Map.of("message", "快")).andExpect(status().isForbidden());
            api.post(outsider, tasks + "/terminate", Map.of("reason", "不办了")).andExpect(status().isForbidden());
        }
        api.get("czj.d1.chief", tasks).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("部门审核"));
    }
}
