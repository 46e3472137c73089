package org.zhengtong.notice.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a read receipt in a transaction of its own: when the same person opens a notice in two tabs at once, the
 * second insert meets the key and fails alone, and {@link NoticeService#open} lets it go, so both pages open.
 */
@Component
class ReceiptRecorder {

    private final NoticeReceiptRepository receipts;

    ReceiptRecorder(NoticeReceiptRepository receipts) {
        this.receipts = receipts;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(long noticeId, String username, Instant readAt) {
        if (!receipts.existsById(new NoticeReceipt.Key(noticeId, username))) {
            receipts.saveAndFlush(new NoticeReceipt(noticeId, username, readAt));
        }
    }
}
