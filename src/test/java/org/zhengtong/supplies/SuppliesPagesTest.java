package org.zhengtong.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.supplies.SuppliesTestKit.MANAGER;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * Every page of 办公用品 answers and says what it should, in Chinese and with {@code ?lang=en}; the forms post: an
 * item, a store, a purchase in, a request (twice with one request key: one request), and refusals show the form again.
 */
@IntegrationTest
class SuppliesPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyPageAnswersInChineseAndEnglish() throws Exception {
        SuppliesTestKit kit = new SuppliesTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        long item = kit.addItem(TestUsers.unique("回形针"), 0);
        long store = kit.addStore(team.clerk2());
        kit.receive(team.clerk2(), store, item, 9).andExpect(status().isCreated());
        long id = kit.requested(team.clerk(), store, item, 1);
        String[][] pages = {{"/supplies", "库存", "Stock"}, {"/supplies/items", "物品目录", "Catalogue"},
                {"/supplies/requests", "我的领用申请", "My requests"},
                {"/supplies/requests/new", "提交申请", "Submit"},
                {"/supplies/requests/" + id, "科室审核", "Requested by"},
                {"/supplies/report", "领用统计", "Monthly use"}};
        for (String[] page : pages) {
            assertThat(page(page[0], MANAGER)).as(page[0]).contains(page[1]);
            assertThat(page(page[0] + (page[0].contains("?") ? "&" : "?") + "lang=en", MANAGER)).as(page[0])
                    .contains(page[2]);
        }
        assertThat(page("/supplies", team.clerk2())).contains("采购入库");
        assertThat(page("/supplies", team.clerk())).doesNotContain("receipt-form");
    }

    @Test
    void theFormsPostAndRefusalsShowTheFormAgain() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String code = TestUsers.unique("P");
        mvc.perform(post("/supplies/items").with(users.as(MANAGER)).with(csrf()).param("code", code)
                        .param("name", "便签纸").param("category", "纸张").param("measure", "本").param("reorderLevel", "3"))
                .andExpect(status().is3xxRedirection());
        long item = jdbc.queryForObject("select id from supplies_item where code = ?", Long.class, code);
        String storeName = TestUsers.unique("页面库房");
        mvc.perform(post("/supplies/stores").with(users.as(MANAGER)).with(csrf()).param("name", storeName)
                        .param("keepers", team.clerk2()))
                .andExpect(status().is3xxRedirection());
        long store = jdbc.queryForObject("select id from supplies_store where name = ?", Long.class, storeName);
        mvc.perform(post("/supplies/receipts").with(users.as(team.clerk2())).with(csrf())
                        .param("storeId", String.valueOf(store)).param("itemId", String.valueOf(item))
                        .param("quantity", "4").param("unitPrice", "2.5").param("supplier", "文具店"))
                .andExpect(status().is3xxRedirection());
        String key = TestUsers.unique("key");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/supplies/requests").with(users.as(team.clerk())).with(csrf())
                            .param("requestKey", key).param("storeId", String.valueOf(store))
                            .param("lines[0].itemId", String.valueOf(item)).param("lines[0].quantity", "2")
                            .param("lines[0].purpose", "会议记录").param("lines[1].itemId", "")
                            .param("lines[1].quantity", "").param("lines[1].purpose", ""))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select count(*) from supplies_request_line where item_id = ?", Long.class, item))
                .isEqualTo(1);
        String refused = mvc.perform(post("/supplies/requests").with(users.as(team.clerk())).with(csrf())
                        .param("storeId", String.valueOf(store)).param("lines[0].itemId", String.valueOf(item))
                        .param("lines[0].quantity", "50").param("lines[0].purpose", "会议记录"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("库存不足", "request-form");
        mvc.perform(post("/supplies/items").with(users.as(MANAGER)).with(csrf()).param("code", code)
                        .param("name", "重复").param("category", "纸张").param("measure", "本"))
                .andExpect(status().isConflict());
        mvc.perform(post("/supplies/receipts").with(users.as(team.clerk2())).with(csrf())
                        .param("storeId", String.valueOf(store)).param("itemId", String.valueOf(item))
                        .param("quantity", "0").param("unitPrice", "2.5").param("supplier", "文具店"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theManagerEditsItemsAndStoresOnTheirPagesAndNobodyElseDoes() throws Exception {
        SuppliesTestKit kit = new SuppliesTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        long item = kit.addItem(TestUsers.unique("墨水"), 0);
        long store = kit.addStore(team.clerk2());
        assertThat(page("/supplies/items", MANAGER)).contains("/supplies/items/" + item + "/edit",
                "/supplies/stores/" + store + "/edit");
        assertThat(page("/supplies/items/" + item + "/edit", MANAGER)).contains("edit-form", "墨水");
        assertThat(page("/supplies/stores/" + store + "/edit", MANAGER)).contains("edit-form");
        String code = TestUsers.unique("E");
        String renamed = TestUsers.unique("蓝黑墨水");
        mvc.perform(post("/supplies/items/{id}", item).with(users.as(MANAGER)).with(csrf()).param("code", code)
                        .param("name", renamed).param("category", "书写工具").param("measure", "瓶")
                        .param("reorderLevel", "4"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select name, reorder_level from supplies_item where id = ?", item))
                .containsEntry("NAME", renamed).containsEntry("REORDER_LEVEL", 4);
        mvc.perform(post("/supplies/items/{id}", item).with(users.as(MANAGER)).with(csrf()).param("code", code)
                        .param("name", "").param("category", "书写工具").param("measure", "瓶"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("edit-errors"));
        mvc.perform(post("/supplies/stores/{id}", store).with(users.as(MANAGER)).with(csrf())
                        .param("name", TestUsers.unique("改名库房")).param("keepers", team.clerk()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select username from supplies_store_keeper where store_id = ?", String.class,
                store)).containsExactly(team.clerk());

        // another unit's manager, and a keeper of the unit who does not manage: 403, nothing changed
        for (String intruder : new String[] {SuppliesAccessAttackTest.OTHER_MANAGER, team.clerk()}) {
            mvc.perform(get("/supplies/items/{id}/edit", item).with(users.as(intruder))).andExpect(status().isForbidden());
            mvc.perform(post("/supplies/items/{id}", item).with(users.as(intruder)).with(csrf()).param("code", "X9")
                            .param("name", "篡改").param("category", "x").param("measure", "个"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/supplies/stores/{id}", store).with(users.as(intruder)).with(csrf())
                            .param("name", "篡改").param("keepers", intruder))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select name from supplies_item where id = ?", String.class, item))
                .isEqualTo(renamed);
        assertThat(jdbc.queryForList("select username from supplies_store_keeper where store_id = ?", String.class,
                store)).containsExactly(team.clerk());
    }

    @Test
    void aKeepersWorkbenchShowsWhatIsLowInHerStores() throws Exception {
        SuppliesTestKit kit = new SuppliesTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        String low = TestUsers.unique("胶棒");
        String plenty = TestUsers.unique("橡皮");
        long lowItem = kit.addItem(low, 5);
        long plentyItem = kit.addItem(plenty, 5);
        long store = kit.addStore(team.clerk2());
        kit.receive(team.clerk2(), store, lowItem, 2).andExpect(status().isCreated());
        kit.receive(team.clerk2(), store, plentyItem, 9).andExpect(status().isCreated());
        String home = page("/", team.clerk2());
        assertThat(home).contains("data-tile=\"supplies.tile.low\"");
        String tile = home.substring(home.indexOf("data-tile=\"supplies.tile.low\""));
        int next = tile.indexOf("data-tile=", 1);
        tile = next < 0 ? tile : tile.substring(0, next);
        assertThat(tile).contains(low, "2 / 5").doesNotContain(plenty);
        assertThat(page("/", team.clerk())).doesNotContain("data-tile=\"supplies.tile.low\"");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
