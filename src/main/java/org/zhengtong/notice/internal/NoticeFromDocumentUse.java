package org.zhengtong.notice.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.FinishedDocumentUses;
import org.zhengtong.platform.CurrentUsers;

/**
 * 转为公告 on the page of a finished 通知, 通报 or 公告, for those who may publish in a column of their unit. The form
 * it opens checks again that they may read the document.
 */
@Component
class NoticeFromDocumentUse implements FinishedDocumentUses {

    private final NoticeService notices;
    private final CurrentUsers currentUsers;

    NoticeFromDocumentUse(NoticeService notices, CurrentUsers currentUsers) {
        this.notices = notices;
        this.currentUsers = currentUsers;
    }

    @Override
    public List<Use> usesOf(long documentId, DocumentType type) {
        if (!NoticeService.NOTICE_TYPES.contains(type) || notices.publishableColumns(currentUsers.current()).isEmpty()) {
            return List.of();
        }
        return List.of(new Use("notice", "notice.fromDocument", "/notices/new?documentId=" + documentId));
    }
}
