package org.zhengtong.presence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where other modules know people to be engaged — in a meeting (会议), on duty — for 外出情况查询: each module answers
 * for its own records. Presence asks only about the staff of a leader or department head, and shows them to that
 * viewer, so an answer must say nothing the viewer's staff list may not show (a classified meeting by its kind only).
 */
public interface Engagements {

    /**
     * One person engaged from {@code start} to {@code end}. {@code kindKey} is the message key of what it is
     * (会议中); {@code title} and {@code place} are plain text or null; {@code link} a path inside the application.
     */
    record Engagement(String username, String kindKey, String title, String place, Instant start, Instant end,
                      String link) {

        public boolean covers(Instant moment) {
            return !moment.isBefore(start) && moment.isBefore(end);
        }
    }

    /** The engagements of these people overlapping {@code from} to {@code to}, in order of start. */
    List<Engagement> during(Collection<String> usernames, Instant from, Instant to);
}
