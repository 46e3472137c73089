package org.zhengtong.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.books.BooksTestKit.LIBRARIAN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.Together;
import org.zhengtong.TestUsers;
import org.zhengtong.books.internal.LendForm;
import org.zhengtong.books.internal.LendingService;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.PlatformFixtures;

/**
 * One copy lent to two readers at the same moment: exactly one loan is open, the other refused (the copy's row lock,
 * backed by the unique open_copy_id). Another unit's librarian sees, lends and takes back nothing of 市财政局's
 * library; a reader is no librarian; forged ids (an unknown copy, a reader of another unit) are refused.
 */
@IntegrationTest
class BooksConcurrencyAndAttackTest {

    static final String OTHER_LIBRARIAN = "jyj.office";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired AsUser as;
    @Autowired LendingService lending;
    @Autowired JdbcTemplate jdbc;

    @Test
    void ofTwoLoansOfOneCopyMadeTogetherExactlyOneIsOpen() throws Exception {
        BooksTestKit kit = new BooksTestKit(mvc, users);
        PlatformFixtures.Team team = platform.newTeam();
        long copy = kit.copy(kit.book(TestUsers.unique("预算法")));
        List<String> outcomes = Together.run(List.of(() -> lend(copy, team.clerk()), () -> lend(copy, team.clerk2())));
        assertThat(outcomes).containsExactlyInAnyOrder("lent", "books.error.alreadyLent");
        assertThat(jdbc.queryForObject("select count(*) from books_loan where copy_id = ? and returned_at is null",
                Long.class, copy)).isEqualTo(1);
    }

    @Test
    void anotherUnitAndReadersChangeNothing() throws Exception {
        BooksTestKit kit = new BooksTestKit(mvc, users);
        PlatformFixtures.Team team = platform.newTeam();
        String title = TestUsers.unique("财政学");
        long book = kit.book(title);
        long copy = kit.copy(book);
        for (String path : new String[] {"/api/v1/books/" + book, "/books/" + book, "/api/v1/books/" + book + "/loans"}) {
            mvc.perform(get(path).with(users.as(OTHER_LIBRARIAN))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/books").with(users.as(OTHER_LIBRARIAN)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain(title));
        kit.lend(OTHER_LIBRARIAN, copy, "jyj.office").andExpect(status().isForbidden());
        kit.lend(team.clerk(), copy, team.clerk()).andExpect(status().isForbidden());
        kit.lend(LIBRARIAN, copy, "jyj.office").andExpect(status().isBadRequest());
        kit.lend(LIBRARIAN, Long.MAX_VALUE - 3, team.clerk()).andExpect(status().isNotFound());
        long loan = BooksTestKit.id(kit.lend(LIBRARIAN, copy, team.clerk()).andExpect(status().isCreated()));
        kit.postJson("/api/v1/books/loans/{id}/return", OTHER_LIBRARIAN, "", loan).andExpect(status().isForbidden());
        kit.postJson("/api/v1/books/loans/{id}/renew", team.clerk(), "", loan).andExpect(status().isForbidden());
        kit.postJson("/api/v1/books/{id}/copies", team.clerk(), "{\"number\": \"X1\"}", book)
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from books_loan where id = ? and returned_at is null "
                + "and renewed = false", Long.class, loan)).isEqualTo(1);
    }

    private String lend(long copy, String reader) {
        try {
            as.run(LIBRARIAN, () -> lending.lend(copy, new LendForm(reader)));
            return "lent";
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
    }
}
