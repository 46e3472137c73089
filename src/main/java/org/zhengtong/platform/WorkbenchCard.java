package org.zhengtong.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A tile on the home page (工作台). Each module contributes beans of this type; a tile shows only to the users
 * it returns a value for.
 */
public interface WorkbenchCard {

    /** A tile lists at most this many lines; its link leads to the rest. */
    int MAX_LINES = 5;

    /** Where the card sits; lower first. */
    int order();

    Optional<Tile> tileFor(CurrentUser user);

    /**
     * A count with a link, e.g. "待审批账号申请 3", and the first few things it counts (today's entries, the latest
     * unread mail). The title is a message key; the lines are plain text, shown escaped.
     */
    record Tile(String titleKey, String icon, String link, long count, List<Line> lines) {

        public Tile {
            lines = lines.stream().limit(MAX_LINES).toList();
        }

        public Tile(String titleKey, String icon, String link, long count) {
            this(titleKey, icon, link, count, List.of());
        }
    }

    /**
     * One thing a tile counts: what it is, a detail (a sender, a step, a place), a time the page shows in the
     * configured zone (or null), and where it opens.
     */
    record Line(String text, String detail, Instant at, String link) {
    }
}
