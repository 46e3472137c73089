package org.zhengtong.chronicle.internal;

import java.time.LocalDate;
import org.zhengtong.platform.Classification;

/**
 * An entry as its submitter writes it: the day, title, text (rich text, cleaned on the way in), category, 密级 and an
 * optional link to a 公文 or meeting by its id.
 */
public record EntryForm(LocalDate eventDate, String title, String content, Category category,
                        Classification classification, LinkKind linkKind, Long linkId) {

    public static final String REQUEST_KIND = "chronicle-entry";

    public static EntryForm empty(LocalDate today) {
        return new EntryForm(today, null, null, Category.WORK, Classification.UNCLASSIFIED, null, null);
    }

    static EntryForm of(ChronicleEntry e) {
        return new EntryForm(e.getEventDate(), e.getTitle(), e.getContent(), e.getCategory(),
                e.getClassification(), e.getLinkKind(), e.getLinkId());
    }
}
