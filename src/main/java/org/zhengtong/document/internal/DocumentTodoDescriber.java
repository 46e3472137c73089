package org.zhengtong.document.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoDescriber;

/**
 * Describes {@code document:<id>} for the to-do window: title, number, kind, urgency, 密级, unit and deadline. The
 * title of a classified document needs the clearance its 密级 requires: readers below it (and e-mails, which go
 * out to anyone) see the kind and number, which say enough to find it.
 */
@Component
class DocumentTodoDescriber implements TodoDescriber {

    private final DocumentRepository documents;
    private final OrgDirectory directory;

    DocumentTodoDescriber(DocumentRepository documents, OrgDirectory directory) {
        this.documents = documents;
        this.directory = directory;
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
        Map<Long, String> unitNames = new HashMap<>();
        Map<String, Description> described = new HashMap<>();
        for (OfficialDocument document : documents.findByIdIn(ids)) {
            described.put(document.businessKey(), new Description(
                    document.getTitle(),
                    document.getDirection() == OfficialDocument.Direction.INCOMING
                            && document.getRegistrationNumber() != null
                            ? document.getRegistrationNumber() : document.getDocumentNumber(),
                    document.getType().label(),
                    document.getUrgency().label(),
                    document.getUrgency().ordinal(),
                    document.getClassification().classified() ? document.getClassification().label() : null,
                    unitName(document, unitNames),
                    document.getDeadline(),
                    "/documents/" + document.getId(),
                    document.getClassification().requiredClearance()));
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
}
