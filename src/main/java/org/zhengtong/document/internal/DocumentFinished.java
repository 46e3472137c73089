package org.zhengtong.document.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.document.FinishedDocuments;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.RichText;

/** {@link FinishedDocuments} through {@link DocumentService#read}: the same check as the document's page. */
@Service
class DocumentFinished implements FinishedDocuments {

    private final DocumentService documents;

    DocumentFinished(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    @Transactional(readOnly = true)
    public Finished finished(long documentId) {
        OfficialDocument document = documents.read(documentId);
        if (document.getDirection() != OfficialDocument.Direction.OUTGOING
                || document.getStatus() != OfficialDocument.Status.FINISHED) {
            throw new BusinessRuleException("document.error.notFinished");
        }
        return new Finished(document.getId(), document.getType(), document.getTitle(), document.getDocumentNumber(),
                RichText.clean(document.getBodyHtml()), document.getClassification(), document.getUnitId());
    }
}
