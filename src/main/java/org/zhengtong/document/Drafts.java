package org.zhengtong.document;

import java.util.Collection;
import org.zhengtong.platform.Classification;

/**
 * 公文 drafts made for other modules (a meeting's notice as a 通知): the draft is the current user's, in her unit, with
 * its first 发文字号 code, at 拟稿 of the unit's 发文 process — her to-do — where she edits and sends it like any other.
 */
public interface Drafts {

    /** A draft just made: its id and page. */
    record Draft(long id, String link) {
    }

    /**
     * Drafts a 通知 (平件) from the current user to the units named (主送; her own when none).
     *
     * @param bodyHtml      rich text; cleaned as every body is
     * @param secrecyPeriod 保密期限, required when the 密级 is classified (else null)
     */
    Draft notice(String title, String bodyHtml, Classification classification, String secrecyPeriod,
                 Collection<Long> mainRecipientUnits);
}
