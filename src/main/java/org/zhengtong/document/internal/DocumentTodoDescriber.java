package org.zhengtong.document.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoDescriber;

/**
 * Describes {@code document:<id>} for the to-do window: title, number, kind, urgency, 密级, unit and deadline. The
 * title of a document whose 密级 the current user's clearance does not cover is not given out (nor to e-mails and
 * jobs, which have no user): the kind and number say enough to find it.
 */
@Component
class DocumentTodoDescriber implements TodoDescriber {

    private final DocumentRepository documents;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;

    DocumentTodoDescriber(DocumentRepository documents, OrgDirectory directory, CurrentUsers currentUsers) {
        this.documents = documents;
        this.directory = directory;
        this.currentUsers = currentUsers;
    }

    @Override
    public boolean supports(String businessKey) {
        return DocumentKeys.idOf(businessKey).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        List<Long> ids = businessKeys.stream().map(DocumentKeys::idOf).flatMap(Optional::stream).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Clearance clearance = clearance();
        Map<Long, String> unitNames = new HashMap<>();
        Map<String, Description> described = new HashMap<>();
        for (OfficialDocument document : documents.findByIdIn(ids)) {
            boolean readable = document.getClassification().readableWith(clearance);
            described.put(document.businessKey(), new Description(
                    readable ? document.getTitle() : null,
                    document.getDirection() == OfficialDocument.Direction.INCOMING
                            && document.getRegistrationNumber() != null
                            ? document.getRegistrationNumber() : document.getDocumentNumber(),
                    document.getType().label(),
                    document.getUrgency().label(),
                    document.getUrgency().ordinal(),
                    document.getClassification().classified() ? document.getClassification().label() : null,
                    unitName(document, unitNames),
                    document.getDeadline(),
                    "/documents/" + document.getId()));
        }
        return described;
    }

    /** 收文 show the unit they came from, 发文 the unit that drafts them. */
    private String unitName(OfficialDocument document, Map<Long, String> unitNames) {
        if (document.getDirection() == OfficialDocument.Direction.INCOMING && document.getSourceUnitName() != null) {
            return document.getSourceUnitName();
        }
        return unitNames.computeIfAbsent(document.getUnitId(),
                id -> directory.unit(id).map(OrgDirectory.UnitRef::name).orElse(null));
    }

    /** Without a logged-in user (notifications, jobs) only what anyone may see. */
    private Clearance clearance() {
        try {
            return currentUsers.current().clearance();
        } catch (AccessDeniedException nobodyLoggedIn) {
            return Clearance.NONE;
        }
    }
}
