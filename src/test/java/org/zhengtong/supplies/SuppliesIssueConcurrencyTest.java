package org.zhengtong.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.Together;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.supplies.internal.SupplyRequestService;
import org.zhengtong.workflow.Workflow;

/**
 * Two approved requests that together ask more than the stock, issued at the same moment by the store's two keepers:
 * exactly one is issued, the other refused with the stock message and still waiting at 发放; the stock never goes
 * below zero — on the real database, the conditional update of the one stock row deciding.
 */
@IntegrationTest
class SuppliesIssueConcurrencyTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired PlatformFixtures platform;
    @Autowired AsUser as;
    @Autowired SupplyRequestService requests;
    @Autowired JdbcTemplate jdbc;

    @Test
    void ofTwoIssuesThatTogetherOverdrawExactlyOneWins() throws Exception {
        SuppliesTestKit kit = new SuppliesTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        String secondKeeper = platform.newClerk(team, "第二保管员", "0735-2");
        long item = kit.addItem(TestUsers.unique("硒鼓"), 0);
        String secondRequester = platform.newClerk(team, "第二申请人", "0735-3");
        long store = kit.addStore(team.clerk2(), secondKeeper);
        kit.receive(team.clerk2(), store, item, 5).andExpect(status().isCreated());
        long first = kit.requested(team.clerk(), store, item, 3);
        long second = kit.requested(secondRequester, store, item, 3);
        kit.approve(team.chief(), first);
        kit.approve(team.chief(), second);

        List<String> outcomes = Together.run(List.of(() -> issue(team.clerk2(), first),
                () -> issue(secondKeeper, second)));
        assertThat(outcomes).containsExactlyInAnyOrder("issued", "supplies.error.aboveStock");
        assertThat(jdbc.queryForObject("select quantity from supplies_stock where store_id = ? and item_id = ?",
                Integer.class, store, item)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from supplies_request where id in (?, ?) and status = 'ISSUED'",
                Long.class, first, second)).isEqualTo(1);
    }

    @Test
    void twoRequestsOfSeveralLinesIssuedAtOnceTakeAllTheirLinesOrNone() throws Exception {
        SuppliesTestKit kit = new SuppliesTestKit(mvc, users, workflow);
        PlatformFixtures.Team team = platform.newTeam();
        String secondKeeper = platform.newClerk(team, "第二保管员", "0736-2");
        String secondRequester = platform.newClerk(team, "第二申请人", "0736-3");
        long paper = kit.addItem(TestUsers.unique("复印纸"), 0);
        String tonerName = TestUsers.unique("硒鼓");
        long toner = kit.addItem(tonerName, 0);
        long store = kit.addStore(team.clerk2(), secondKeeper);
        kit.receive(team.clerk2(), store, paper, 10).andExpect(status().isCreated());
        kit.receive(team.clerk2(), store, toner, 3).andExpect(status().isCreated());
        // in the opposite order of lines, so that taking them as written could wait crosswise
        long first = kit.requested(team.clerk(), store, SuppliesTestKit.lines(paper, 2, toner, 2));
        long second = kit.requested(secondRequester, store, SuppliesTestKit.lines(toner, 2, paper, 2));
        kit.approve(team.chief(), first);
        kit.approve(team.chief(), second);

        List<String> outcomes = Together.run(List.of(() -> issue(team.clerk2(), first),
                () -> issue(secondKeeper, second)));
        assertThat(outcomes).containsExactlyInAnyOrder("issued", "supplies.error.aboveStock");
        assertThat(stock(store, toner)).isEqualTo(1);
        assertThat(stock(store, paper)).as("the refused request's paper line is given back").isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from supplies_request where id in (?, ?) and status = 'ISSUED'",
                Long.class, first, second)).isEqualTo(1);
    }

    private int stock(long store, long item) {
        return jdbc.queryForObject("select quantity from supplies_stock where store_id = ? and item_id = ?",
                Integer.class, store, item);
    }

    private String issue(String keeper, long request) {
        try {
            as.run(keeper, () -> requests.issue(request, "发放"));
            return "issued";
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
    }
}
