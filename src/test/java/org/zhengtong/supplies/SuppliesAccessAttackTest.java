package org.zhengtong.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.supplies.SuppliesTestKit.MANAGER;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every rule checked on the server whatever a request names: another unit's manager sees and changes nothing of
 * 市财政局's supplies; someone who keeps no store takes nothing in and issues nothing; a colleague does not read
 * someone else's request; forged ids (another unit's store or item, an unknown request) are refused, nothing changes.
 */
@IntegrationTest
class SuppliesAccessAttackTest {

    /** 市教育局's unit administrator: the supplies manager of another unit. */
    static final String OTHER_MANAGER = "jyj.office";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;

    @Test
    void anotherUnitsManagerNeitherSeesNorChangesAnything() throws Exception {
        SuppliesTestKit kit = new SuppliesTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        String name = TestUsers.unique("信封");
        long item = kit.addItem(name, 0);
        long store = kit.addStore(team.clerk2());
        kit.receive(team.clerk2(), store, item, 4).andExpect(status().isCreated());
        long id = kit.requested(team.clerk(), store, item, 1);

        for (String path : new String[] {"/api/v1/supplies/requests/" + id, "/supplies/requests/" + id,
                "/api/v1/supplies/items/" + item}) {
            mvc.perform(get(path).with(users.as(OTHER_MANAGER))).andExpect(status().isForbidden());
        }
        for (String path : new String[] {"/api/v1/supplies/stock", "/api/v1/supplies/items", "/supplies"}) {
            mvc.perform(get(path).with(users.as(OTHER_MANAGER)))
                    .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain(name));
        }
        mvc.perform(put("/api/v1/supplies/items/{id}", item).with(users.as(OTHER_MANAGER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "X1", "name": "篡改", "category": "x", "measure": "个", "reorderLevel": 1}"""))
                .andExpect(status().isForbidden());
        // another unit's store and item are names of nothing for him
        kit.receive(OTHER_MANAGER, store, item, 100).andExpect(status().isForbidden());
        kit.request(OTHER_MANAGER, store, item, 1).andExpect(status().isBadRequest());
        kit.approve(team.chief(), id);
        kit.issue(OTHER_MANAGER, id).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supplies/requests/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("PENDING"));
        assertThat(kit.stock(team.clerk(), store, item)).isEqualTo(4);
    }

    @Test
    void onlyTheStoresKeepersTakeInAndIssueAndColleaguesReadOnlyTheirOwn() throws Exception {
        SuppliesTestKit kit = new SuppliesTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        String colleague = platform.newClerk(team, "同事", "0735-4");
        long item = kit.addItem(TestUsers.unique("胶水"), 0);
        long store = kit.addStore(team.clerk2());
        kit.receive(colleague, store, item, 10).andExpect(status().isForbidden());
        kit.receive(team.clerk2(), store, item, 10).andExpect(status().isCreated());
        long id = kit.requested(team.clerk(), store, item, 2);
        mvc.perform(get("/api/v1/supplies/requests/{id}", id).with(users.as(colleague)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supplies/report").with(users.as(colleague))).andExpect(status().isForbidden());
        kit.approve(team.chief(), id);
        kit.issue(colleague, id).andExpect(status().isForbidden());
        // the requester reads her request but holds no 发放 task
        kit.issue(team.clerk(), id).andExpect(status().isConflict());
        // a forged request id, a forged item of the own unit's store
        kit.issue(team.clerk2(), Long.MAX_VALUE - 7).andExpect(status().isNotFound());
        kit.request(team.clerk(), store, Long.MAX_VALUE - 9, 1).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/supplies/items").with(users.as(team.clerk2())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "K1", "name": "保管员不能登记", "category": "x", "measure": "个"}"""))
                .andExpect(status().isForbidden());
        assertThat(kit.stock(team.clerk(), store, item)).isEqualTo(10);
        kit.issue(team.clerk2(), id).andExpect(status().isOk());
        assertThat(kit.stock(MANAGER, store, item)).isEqualTo(8);
    }
}
