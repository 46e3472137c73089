package org.zhengtong.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.books.BooksTestKit.LIBRARIAN;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.books.internal.BooksReminders;
import org.zhengtong.platform.PlatformFixtures;

/**
 * The librarian catalogues a book (a wrong ISBN check digit is refused in Chinese), adds a copy, lends it; lending it
 * again is refused; it is renewed once (a second renewal refused), reminded before its due date and, on the test
 * clock a month on, as overdue to the reader and the librarians (each once however often the sweep runs), listed as
 * overdue, returned, and then in the book's and the reader's history; the reader sees her own loans only.
 */
@IntegrationTest
class BooksLendingTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired MutableClock clock;
    @Autowired PlatformFixtures platform;
    @Autowired BooksReminders reminders;
    @Autowired JdbcTemplate jdbc;

    BooksTestKit kit;

    @BeforeEach
    void kit() {
        kit = new BooksTestKit(mvc, users);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void wrongIsbnsAreRefusedAndRightOnesKeptNormalized() throws Exception {
        String title = TestUsers.unique("预算管理");
        kit.addBook(title, "978-7-5223-2031-6").andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("校验位"));
        kit.addBook(title, "7-300-11657-1").andExpect(status().isBadRequest());
        kit.addBook(title, "12345").andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from books_book where title = ?", Long.class, title)).isZero();
        kit.addBook(title, "7-300-11657-4").andExpect(status().isCreated()).andExpect(jsonPath("$.isbn").value("7300116574"));
        kit.addBook(title + "X", "0-8044-2957-X").andExpect(status().isCreated());
        kit.addBook(title + "13", "978 7 5223 2031 1").andExpect(status().isCreated())
                .andExpect(jsonPath("$.isbn").value("9787522320311"));
    }

    @Test
    void aCopyIsLentRenewedOnceRemindedOverdueAndReturned() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String title = TestUsers.unique("政府会计");
        long book = kit.book(title);
        long copy = kit.copy(book);
        long loan = BooksTestKit.id(kit.lend(LIBRARIAN, copy, team.clerk()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value(LocalDate.now(clock).plusDays(30).toString())));
        kit.lend(LIBRARIAN, copy, team.clerk2()).andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("已借出"));

        kit.postJson("/api/v1/books/loans/{id}/renew", LIBRARIAN, "", loan).andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value(LocalDate.now(clock).plusDays(60).toString()));
        kit.postJson("/api/v1/books/loans/{id}/renew", LIBRARIAN, "", loan).andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("只能续借一次"));

        clock.advance(Duration.ofDays(58));
        reminders.sweep();
        reminders.sweep();
        assertThat(notes(team.clerk(), "即将到期")).isEqualTo(1);
        clock.advance(Duration.ofDays(5));
        reminders.sweep();
        reminders.sweep();
        assertThat(notes(team.clerk(), "借阅逾期")).isEqualTo(1);
        assertThat(notes(LIBRARIAN, "借阅逾期：" + title)).isEqualTo(1);
        mvc.perform(get("/api/v1/books/loans/overdue").with(users.as(LIBRARIAN)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(title));
        assertThat(page("/books/loans", LIBRARIAN)).contains("逾期清单", title);

        kit.postJson("/api/v1/books/loans/{id}/return", LIBRARIAN, "", loan).andExpect(status().isOk())
                .andExpect(jsonPath("$.returnedAt").isNotEmpty());
        kit.postJson("/api/v1/books/loans/{id}/return", LIBRARIAN, "", loan).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/books/loans/overdue").with(users.as(LIBRARIAN)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain(title));
        kit.lend(LIBRARIAN, copy, team.clerk2()).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/books/{id}/loans", book).with(users.as(LIBRARIAN)))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/books/readers/{u}/loans", team.clerk()).with(users.as(team.clerk())))
                .andExpect(jsonPath("$[0].title").value(title));
        mvc.perform(get("/api/v1/books/loans/mine").with(users.as(team.clerk2())))
                .andExpect(jsonPath("$.length()").value(1));
        // a reader reads her own history only, and no list of the unit's
        mvc.perform(get("/api/v1/books/readers/{u}/loans", team.clerk()).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/books/loan/{id}", loan).with(users.as(team.clerk2())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/books/loans/{id}", loan).with(users.as(team.clerk2())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/books/loans/overdue").with(users.as(team.clerk()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/search").param("q", title).with(users.as(team.clerk())))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(title));
    }

    private long notes(String recipient, String title) {
        return jdbc.queryForObject("select count(*) from ntf_notification where recipient = ? and title like ?",
                Long.class, recipient, "%" + title + "%");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
