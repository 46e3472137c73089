package org.zhengtong;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Demo accounts for tests: {@code as("czj.office")} is a MockMvc request made by 市财政局's office director (the
 * unit administrator). Usernames follow the demo city: {@code <unit code>.<role>}.
 */
public class TestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserDetailsService users;

    public TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** A suffix that makes names unique across tests sharing one database. */
    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "x" + SEQUENCE.incrementAndGet();
    }
}
