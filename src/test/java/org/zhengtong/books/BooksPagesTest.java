package org.zhengtong.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.books.BooksTestKit.LIBRARIAN;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.PlatformFixtures;

/**
 * Every page of 图书资料 answers in Chinese and with {@code ?lang=en}; the forms post a record (a wrong ISBN shows the
 * form again with 400), a copy, a loan (the same copy again: 409) and a return.
 */
@IntegrationTest
class BooksPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;

    @Test
    void thePagesAnswerAndTheFormsPost() throws Exception {
        PlatformFixtures.Team team = platform.newTeam();
        String title = TestUsers.unique("会计学");
        String refused = mvc.perform(post("/books").with(users.as(LIBRARIAN)).with(csrf()).param("title", title)
                        .param("category", "会计").param("material", "BOOK").param("isbn", "9787522320312"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("校验位", "book-form");
        mvc.perform(post("/books").with(users.as(LIBRARIAN)).with(csrf()).param("title", title)
                        .param("category", "会计").param("material", "BOOK").param("isbn", "9787522320311"))
                .andExpect(status().is3xxRedirection());
        long book = jdbc.queryForObject("select id from books_book where title = ?", Long.class, title);
        String number = TestUsers.unique("P");
        mvc.perform(post("/books/{id}/copies", book).with(users.as(LIBRARIAN)).with(csrf()).param("number", number)
                        .param("shelf", "C-01"))
                .andExpect(status().is3xxRedirection());
        long copy = jdbc.queryForObject("select id from books_copy where copy_number = ?", Long.class, number);
        mvc.perform(post("/books/{id}/copies/{c}/loans", book, copy).with(users.as(LIBRARIAN)).with(csrf())
                        .param("reader", team.clerk()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/books/{id}/copies/{c}/loans", book, copy).with(users.as(LIBRARIAN)).with(csrf())
                        .param("reader", team.clerk2()))
                .andExpect(status().isConflict());
        String[][] pages = {{"/books", "目录", "Catalogue"}, {"/books/" + book, "复本", "Copies"},
                {"/books/loans", "逾期清单", "Overdue"}, {"/books/loans?reader=" + team.clerk(), title, title}};
        for (String[] page : pages) {
            assertThat(page(page[0], LIBRARIAN)).as(page[0]).contains(page[1]);
            assertThat(page(page[0] + (page[0].contains("?") ? "&" : "?") + "lang=en", LIBRARIAN)).as(page[0])
                    .contains(page[2]);
        }
        assertThat(page("/books/loans", team.clerk())).contains("我的借阅", title).doesNotContain("逾期清单");
        assertThat(page("/books/" + book, team.clerk())).doesNotContain("copy-form");
        long loan = jdbc.queryForObject("select id from books_loan where copy_id = ?", Long.class, copy);
        mvc.perform(post("/books/loans/{id}/return", loan).with(users.as(LIBRARIAN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/books/" + book, LIBRARIAN)).contains("在馆", "借阅历史");
    }

    @Test
    void theLibrarianEditsARecordAndWithdrawsACopyNotWhileLentAndNobodyElseDoes() throws Exception {
        BooksTestKit kit = new BooksTestKit(mvc, users);
        PlatformFixtures.Team team = platform.newTeam();
        long book = kit.book(TestUsers.unique("税法"));
        long lent = kit.copy(book);
        long spare = kit.copy(book);
        kit.lend(LIBRARIAN, lent, team.clerk()).andExpect(status().isCreated());
        assertThat(page("/books/" + book, LIBRARIAN)).contains("edit-form", "withdraw-form");
        assertThat(page("/books/" + book, team.clerk())).doesNotContain("edit-form", "withdraw-form");

        String retitled = TestUsers.unique("税法总论");
        mvc.perform(post("/books/{id}/edit", book).with(users.as(LIBRARIAN)).with(csrf()).param("title", retitled)
                        .param("category", "税收").param("material", "BOOK").param("isbn", "978-7-5223-2031-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select title from books_book where id = ?", String.class, book))
                .isEqualTo(retitled);
        mvc.perform(post("/books/{id}/edit", book).with(users.as(LIBRARIAN)).with(csrf()).param("title", retitled)
                        .param("category", "税收").param("material", "BOOK").param("isbn", "9787522320312"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("校验位", "edit-errors"));

        String refused = mvc.perform(post("/books/{id}/copies/{c}/withdraw", book, lent).with(users.as(LIBRARIAN))
                        .with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("正在借出");
        // another unit's librarian and a reader: 403; the record and the copies as they were
        for (String intruder : new String[] {BooksConcurrencyAndAttackTest.OTHER_LIBRARIAN, team.clerk()}) {
            mvc.perform(post("/books/{id}/edit", book).with(users.as(intruder)).with(csrf()).param("title", "篡改")
                            .param("category", "x").param("material", "BOOK"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/books/{id}/copies/{c}/withdraw", book, spare).with(users.as(intruder)).with(csrf()))
                    .andExpect(status().isForbidden());
            kit.postJson("/api/v1/books/copies/{id}/withdraw", intruder, "{}", spare)
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select title from books_book where id = ?", String.class, book))
                .isEqualTo(retitled);
        assertThat(jdbc.queryForObject("select count(*) from books_copy where book_id = ? and withdrawn", Long.class,
                book)).isZero();

        mvc.perform(post("/books/{id}/copies/{c}/withdraw", book, spare).with(users.as(LIBRARIAN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/books/" + book, LIBRARIAN)).doesNotContain("copy-" + spare + "\"");
        kit.lend(LIBRARIAN, spare, team.clerk2()).andExpect(status().isConflict());
        kit.postJson("/api/v1/books/copies/{id}/withdraw", LIBRARIAN, "{}", spare).andExpect(status().isConflict());
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
