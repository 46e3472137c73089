package org.zhengtong.journal.internal;

import java.util.List;
import org.zhengtong.platform.Classification;

/** What editors and submitters send: a publication, an article, an issue's articles in order. */
public final class JournalForms {

    private JournalForms() {
    }

    /** A publication: its name, order, audience (the whole city, or the units by id) and submitting units (none: all). */
    public record PublicationForm(String name, Integer sortOrder, boolean cityWide, List<Long> audienceUnits,
                                  List<Long> submitterUnits) {

        public static final String REQUEST_KIND = "journal-publication";
    }

    /** An article as its author writes it; the content is rich text, cleaned on the way in. */
    public record ArticleForm(Long publicationId, String title, String content, Classification classification) {

        public static final String REQUEST_KIND = "journal-article";

        public static ArticleForm empty(Long publicationId) {
            return new ArticleForm(publicationId, null, null, Classification.UNCLASSIFIED);
        }
    }

    /** An issue: the adopted articles it holds, in order. */
    public record IssueForm(List<Long> articleIds) {

        public static final String REQUEST_KIND = "journal-issue";
    }
}
