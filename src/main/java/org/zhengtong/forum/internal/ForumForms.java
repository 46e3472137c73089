package org.zhengtong.forum.internal;

import java.util.List;

/** What the pages and the API post. */
public final class ForumForms {

    private ForumForms() {
    }

    /** A board: its name, description, audience (the whole city, or units by id), moderators (usernames). */
    public record BoardForm(String name, String description, Boolean city, List<Long> unitIds, List<String> moderators,
                            Boolean anonymousAllowed) {
        public static final String REQUEST_KIND = "forum.board";

        public BoardForm {
            unitIds = unitIds == null ? List.of() : unitIds;
            moderators = moderators == null ? List.of() : moderators;
        }
    }

    /** A new thread of a board: its title and the opening post's rich text. */
    public record ThreadForm(Long boardId, String title, String body, Boolean anonymous) {
        public static final String REQUEST_KIND = "forum.thread";
    }

    /** A reply, perhaps quoting a post of the thread. */
    public record ReplyForm(String body, Long quotePostId, Boolean anonymous) {
        public static final String REQUEST_KIND = "forum.reply";
    }
}
