package org.zhengtong.books;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.Search;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo city's library: 市财政局's 机要秘书 is its librarian; four records with a copy each, one overdue loan to a
 * clerk of 预算科; 综合检索 finds the demo's books without a rebuild; starting again adds nothing.
 */
@IntegrationTest
class DemoLibraryTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired AsUser as;
    @Autowired CurrentUsers currentUsers;
    @Autowired @Qualifier("demoLibrary") ApplicationRunner demo;
    @Autowired Search search;

    @Test
    void theLibraryHasItsLibrarianBooksAndAnOverdueLoan() throws Exception {
        assertThat(as.call("czj.secretary", () -> currentUsers.current().can("BOOKS_MANAGE"))).isTrue();
        assertThat(as.call("czj.d1.clerk1", () -> currentUsers.current().can("BOOKS_MANAGE"))).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from books_copy where copy_number in "
                + "('CZ-0001', 'CZ-0002', 'CZ-0003', 'QK-0001')", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from books_loan where reader = 'czj.d1.clerk1' "
                + "and returned_at is null and due_on < current_date", Long.class)).isOne();
        assertThat(as.call("czj.d1.clerk1", () -> search.search("预算法释义", "books", Map.of(), 0)).items())
                .extracting(Search.Found::title).anyMatch(title -> title.contains("预算法释义"));
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from books_copy where copy_number = 'CZ-0001'", Long.class))
                .isOne();
    }
}
