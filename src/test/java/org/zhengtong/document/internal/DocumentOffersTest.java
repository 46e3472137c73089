package org.zhengtong.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhengtong.archive.Retention;
import org.zhengtong.document.DocumentType;

/** The 保管期限 the document module suggests to the archive follows the 文种 and the direction. */
class DocumentOffersTest {

    @Test
    void theSuggestedRetentionFollowsTheTypeAndDirection() {
        assertThat(DocumentOffers.suggestRetention(OfficialDocument.Direction.OUTGOING, DocumentType.DECISION))
                .isEqualTo(Retention.PERMANENT);
        assertThat(DocumentOffers.suggestRetention(OfficialDocument.Direction.OUTGOING, DocumentType.NOTICE))
                .isEqualTo(Retention.YEARS_30);
        assertThat(DocumentOffers.suggestRetention(OfficialDocument.Direction.INCOMING, DocumentType.REPLY))
                .isEqualTo(Retention.YEARS_30);
        assertThat(DocumentOffers.suggestRetention(OfficialDocument.Direction.INCOMING, DocumentType.NOTICE))
                .isEqualTo(Retention.YEARS_10);
    }
}
