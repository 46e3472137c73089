package org.zhengtong.books.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: the librarian of one's own unit keeps its catalogue and copies, lends, renews and takes back,
 * reads every loan and the overdue list (the business role 图书管理员, and the unit administrators' role, by the
 * migration; names in {@code i18n/books.properties}).
 */
@Configuration(proxyBeanMethods = false)
class BooksPermissions {

    static final String MANAGE = "BOOKS_MANAGE";
    static final String LIBRARIAN_ROLE = "LIBRARIAN";

    @Bean
    ModulePermissions booksModulePermissions() {
        return new ModulePermissions("books", List.of(MANAGE));
    }
}
