package org.zhengtong.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.zhengtong.IntegrationTest;
import org.zhengtong.Together;

/**
 * A double-click: two requests of one session save it at the same moment, each with the same new attribute (the
 * redirect's flash message). Both saves succeed and the attribute is kept; with a plain insert the later one failed
 * on the attributes' primary key, and the request answered 500 for work that was saved.
 */
@IntegrationTest
class ConcurrentSessionSaveTest {

    @Autowired SessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsOfOneSessionStoreTheSameNewAttributeAtOnce() throws Exception {
        saveTwiceAtOnce(sessions);
    }

    private static <S extends Session> void saveTwiceAtOnce(SessionRepository<S> sessions) throws Exception {
        S session = sessions.createSession();
        sessions.save(session);
        String id = session.getId();
        for (int round = 0; round < 3; round++) {
            String attribute = "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS." + round;
            List<Callable<String>> requests = List.of(save(sessions, id, attribute, "first"),
                    save(sessions, id, attribute, "second"));

            assertThat(Together.run(requests)).containsOnly("saved");
            assertThat((String) sessions.findById(id).getAttribute(attribute)).isIn("first", "second");
        }
        sessions.deleteById(id);
    }

    /** A request's own copy of the session, loaded before either saves, as two requests of a double-click have. */
    private static <S extends Session> Callable<String> save(SessionRepository<S> sessions, String id,
                                                             String attribute, String value) {
        S request = sessions.findById(id);
        return () -> {
            request.setLastAccessedTime(Instant.now());
            request.setAttribute(attribute, value);
            sessions.save(request);
            return "saved";
        };
    }
}
