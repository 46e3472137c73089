package org.zhengtong.books;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.TestUsers;

/** The library tests' common steps through the API, as 市财政局's librarian ({@code czj.office}, the unit's office). */
final class BooksTestKit {

    static final String LIBRARIAN = "czj.office";

    private final MockMvc mvc;
    private final TestUsers users;

    BooksTestKit(MockMvc mvc, TestUsers users) {
        this.mvc = mvc;
        this.users = users;
    }

    ResultActions addBook(String title, String isbn) throws Exception {
        return postJson("/api/v1/books", LIBRARIAN, """
                {"title": "%s", "authors": "财政部", "publisher": "中国财政经济出版社", "year": 2024,
                 "isbn": %s, "category": "财政", "material": "BOOK"}"""
                .formatted(title, isbn == null ? "null" : "\"" + isbn + "\""));
    }

    long book(String title) throws Exception {
        return id(addBook(title, "978-7-5223-2031-1").andExpect(status().isCreated()));
    }

    /** A copy of a fresh number; its id. */
    long copy(long book) throws Exception {
        String number = TestUsers.unique("C");
        String body = postJson("/api/v1/books/{id}/copies", LIBRARIAN, """
                {"number": "%s", "shelf": "A-01"}""".formatted(number), book)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        // the answer lists the record's copies by number: pick the new one by its number, not by its place
        List<Number> ids = JsonPath.read(body, "$[?(@.number == '" + number + "')].id");
        return ids.get(0).longValue();
    }

    ResultActions lend(String librarian, long copy, String reader) throws Exception {
        return postJson("/api/v1/books/copies/{id}/loans", librarian, "{\"reader\": \"" + reader + "\"}", copy);
    }

    ResultActions postJson(String path, String user, String body, Object... variables) throws Exception {
        return mvc.perform(post(path, variables).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
