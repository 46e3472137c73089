package org.zhengtong.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.supplies.SuppliesTestKit.MANAGER;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.workflow.Workflow;

/**
 * A keeper takes paper in; a clerk asks for most of it; her 科长 approves in his to-do window, the keeper issues it
 * at 发放, the stock falls below the reorder level and the keeper is reminded; the month's use (page, API, Excel read
 * back with POI) counts it for the clerk's department; 综合检索 finds it. Asking more than the stock, or nothing, is
 * refused in Chinese and changes nothing; a refusal ends the request.
 */
@IntegrationTest
class SuppliesJourneyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;

    SuppliesTestKit kit;

    @BeforeEach
    void kit() {
        kit = new SuppliesTestKit(mvc, users, workflow);
    }

    @Test
    void aRequestIsApprovedIssuedRemindedAndReported() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String keeper = team.clerk2();
        String name = TestUsers.unique("复印纸");
        long item = kit.addItem(name, 5);
        long store = kit.addStore(keeper);
        kit.receive(keeper, store, item, 10).andExpect(status().isCreated());
        assertThat(kit.stock(team.clerk(), store, item)).isEqualTo(10);

        long id = kit.requested(team.clerk(), store, item, 6);
        mvc.perform(get("/api/v1/supplies/requests/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.startsWith("领用")));
        mvc.perform(get("/api/v1/todo").with(users.as(team.chief())))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(name));
        assertThat(page("/supplies/requests/" + id, team.chief())).contains("科室审核", "不同意", "同意");
        kit.approve(team.chief(), id);
        assertThat(kit.task(keeper, id).activityId()).isEqualTo("issue");
        assertThat(page("/supplies/requests/" + id, keeper)).contains("发放");

        kit.issue(keeper, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"));
        assertThat(kit.stock(keeper, store, item)).isEqualTo(4);
        assertThat(workflow.todo(keeper)).noneMatch(t -> t.businessKey().equals("supplies:" + id));
        assertThat(jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? and title like ?",
                Long.class, keeper, "%" + name + "%")).isEqualTo(1);
        assertThat(page("/supplies", keeper)).contains("low-stock", name);

        String month = YearMonth.now(clock).toString();
        String department = jdbc.queryForObject("select name from org_department where id = ?", String.class,
                team.departmentId());
        mvc.perform(get("/api/v1/supplies/report").param("month", month).with(users.as(keeper)))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(department, name));
        assertThat(page("/supplies/report?month=" + month, MANAGER)).contains(department, name);
        byte[] xlsx = mvc.perform(get("/supplies/report/export").param("month", month).with(users.as(keeper)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row row : workbook.getSheet("按科室领用")) {
                if (department.equals(row.getCell(0).getStringCellValue())
                        && row.getCell(2).getStringCellValue().startsWith(name)) {
                    found = row.getCell(4).getNumericCellValue() == 6.0;
                }
            }
            assertThat(found).as("the department's use is in the workbook").isTrue();
        }
        mvc.perform(get("/api/v1/search").param("q", name).with(users.as(team.clerk())))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(name));
    }

    @Test
    void moreThanTheStockOrNothingIsRefusedInChineseAndChangesNothing() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long item = kit.addItem(TestUsers.unique("订书钉"), 0);
        long store = kit.addStore(team.clerk2());
        kit.receive(team.clerk2(), store, item, 3).andExpect(status().isCreated());
        kit.request(team.clerk(), store, item, 4).andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("库存不足"));
        kit.request(team.clerk(), store, item, 0).andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("数量须为"));
        kit.request(team.clerk(), store, item, -2).andExpect(status().isBadRequest());
        kit.receive(team.clerk2(), store, item, -5).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from supplies_request_line where item_id = ?", Long.class, item))
                .isZero();
        assertThat(kit.stock(team.clerk(), store, item)).isEqualTo(3);
    }

    @Test
    void oneRequestOfSeveralLinesIsIssuedAtOnceOrRefusedNamingEachShortItem() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String paper = TestUsers.unique("复印纸");
        String pens = TestUsers.unique("中性笔");
        String clips = TestUsers.unique("回形针");
        long paperItem = kit.addItem(paper, 0);
        long penItem = kit.addItem(pens, 0);
        long clipItem = kit.addItem(clips, 0);
        long store = kit.addStore(team.clerk2());
        kit.receive(team.clerk2(), store, paperItem, 5).andExpect(status().isCreated());
        kit.receive(team.clerk2(), store, penItem, 2).andExpect(status().isCreated());

        kit.request(team.clerk(), store, SuppliesTestKit.lines(paperItem, 9, penItem, 1, clipItem, 1))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("库存不足", paper, clips)
                        .doesNotContain(pens));
        kit.postJson("/api/v1/supplies/requests", team.clerk(), """
                {"storeId": %d, "lines": [{"itemId": %d, "quantity": 1, "purpose": "会议"},
                 {"itemId": %d, "quantity": 1, "purpose": "会议"}]}""".formatted(store, penItem, penItem))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("出现了两次"));
        kit.postJson("/api/v1/supplies/requests", team.clerk(), """
                {"storeId": %d, "lines": []}""".formatted(store)).andExpect(status().isBadRequest());

        long id = kit.requested(team.clerk(), store, SuppliesTestKit.lines(paperItem, 3, penItem, 2));
        mvc.perform(get("/api/v1/supplies/requests/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.lines.length()").value(2))
                .andExpect(jsonPath("$.lines[0].itemName").value(paper + "（标准）"))
                .andExpect(jsonPath("$.lines[1].quantity").value(2));
        kit.approve(team.chief(), id);
        kit.issue(team.clerk2(), id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"));
        assertThat(kit.stock(team.clerk(), store, paperItem)).isEqualTo(2);
        assertThat(kit.stock(team.clerk(), store, penItem)).isZero();
    }

    @Test
    void aRefusalEndsTheRequestWithItsReasonAndTakesNothing() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        long item = kit.addItem(TestUsers.unique("档案盒"), 0);
        long store = kit.addStore(team.clerk2());
        kit.receive(team.clerk2(), store, item, 5).andExpect(status().isCreated());
        long id = kit.requested(team.clerk(), store, item, 2);
        kit.postJson("/api/v1/tasks/{taskId}/refuse", team.chief(), "{\"reason\": \"上周刚领过\"}",
                kit.task(team.chief(), id).taskId()).andExpect(status().isOk());
        mvc.perform(get("/api/v1/supplies/requests/{id}", id).with(users.as(team.clerk())))
                .andExpect(jsonPath("$.status").value("REJECTED")).andExpect(jsonPath("$.decisionNote").value("上周刚领过"));
        assertThat(kit.stock(team.clerk(), store, item)).isEqualTo(5);
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
