package org.zhengtong.document.internal;

import org.springframework.stereotype.Component;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.workflow.BusinessAccess;

/**
 * What the workflow kit asks before acting on a 公文's task: the document's own read rule ({@link DocumentAccess}:
 * involved, and cleared for its 密级, every open of a classified one audited), and the clearance a person needs to be
 * handed one of its steps.
 */
@Component
class DocumentBusinessAccess implements BusinessAccess {

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final DocumentPeople people;

    DocumentBusinessAccess(DocumentRepository documents, DocumentAccess access, DocumentPeople people) {
        this.documents = documents;
        this.access = access;
        this.people = people;
    }

    @Override
    public String module() {
        return "document";
    }

    @Override
    public void requireRead(String businessKey) {
        access.requireRead(find(businessKey));
    }

    @Override
    public void requireAssignable(String businessKey, String username) {
        people.requireCleared(find(businessKey), username);
    }

    @Override
    public boolean assignable(String businessKey, String username) {
        return people.cleared(find(businessKey), username);
    }

    @Override
    public String link(String businessKey) {
        return "/documents/" + find(businessKey).getId();
    }

    private OfficialDocument find(String businessKey) {
        Long id = DocumentKeys.idOf(businessKey).orElseThrow(() -> new NotFoundException("document", businessKey));
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
    }
}
