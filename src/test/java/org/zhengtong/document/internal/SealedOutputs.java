package org.zhengtong.document.internal;

import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** For tests of other modules: records a sealed output on a document the way 用印 does. Not a bean. */
public final class SealedOutputs {

    private SealedOutputs() {
    }

    public static void record(ApplicationContext context, long documentId, long sealId, String sealedBy, String pdfKey) {
        DocumentRepository documents = context.getBean(DocumentRepository.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            OfficialDocument document = documents.findById(documentId).orElseThrow();
            document.recordSealedOutput(sealId, sealedBy, Instant.now(), pdfKey, null);
        });
    }
}
