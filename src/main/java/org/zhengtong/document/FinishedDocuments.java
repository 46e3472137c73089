package org.zhengtong.document;

import org.zhengtong.platform.Classification;

/**
 * Finished 公文 as other modules take them over (a 通知 published as an 电子公告): only what the current user may
 * read, through the same check as the document's page.
 */
public interface FinishedDocuments {

    /** A finished document: its kind, title, 发文字号, body (cleaned as every body is), 密级 and unit. */
    record Finished(long id, DocumentType type, String title, String number, String bodyHtml,
                    Classification classification, long unitId) {
    }

    /**
     * The finished 发文 of this id: 403 when the current user may not read it, 404 when there is none, 409
     * ({@code document.error.notFinished}) while it is not finished.
     */
    Finished finished(long documentId);
}
