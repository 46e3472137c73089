package org.zhengtong.notice.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.platform.Classification;

/** What the pages and the API post. */
public final class NoticeForms {

    private NoticeForms() {
    }

    /** A column: its name, order, publishers and reviewers (usernames of the unit) and audience. */
    public record ColumnForm(String name, Integer sortOrder, List<String> publishers, List<String> reviewers,
                             List<Audience> audience) {
        public static final String REQUEST_KIND = "notice.column";
    }

    /** A notice to be reviewed and published in a column. */
    public record NoticeForm(Long columnId, String title, String body, Classification classification,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate topUntil,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
        public static final String REQUEST_KIND = "notice.notice";
    }
}
