package org.zhengtong.document.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.archive.ItemArchived;

/**
 * A document archived as an item keeps its 档号, which its page shows. Idempotent: a second delivery writes the same
 * code again.
 */
@Component
class DocumentArchived {

    private final DocumentRepository documents;

    DocumentArchived(DocumentRepository documents) {
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(ItemArchived event) {
        if (DocumentOffers.KIND.equals(event.kind())) {
            documents.findById(event.id()).ifPresent(document -> document.archived(event.archivalCode()));
        }
    }
}
