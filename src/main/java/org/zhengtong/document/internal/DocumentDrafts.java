package org.zhengtong.document.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Drafts;
import org.zhengtong.document.Urgency;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUsers;

/** {@link Drafts} through {@link DocumentService#draftOutgoing}: the same checks as a draft made on the 拟稿 page. */
@Service
@Transactional
class DocumentDrafts implements Drafts {

    private final DocumentService documents;
    private final CurrentUsers currentUsers;

    DocumentDrafts(DocumentService documents, CurrentUsers currentUsers) {
        this.documents = documents;
        this.currentUsers = currentUsers;
    }

    @Override
    public Draft notice(String title, String bodyHtml, Classification classification, String secrecyPeriod,
                        Collection<Long> mainRecipientUnits) {
        List<String> codes = documents.issuerCodesOfCurrentUnit();
        if (codes.isEmpty()) {
            throw new BusinessRuleException("document.draft.noIssuerCode");
        }
        LinkedHashSet<Long> recipients = new LinkedHashSet<>(mainRecipientUnits == null ? List.of()
                : mainRecipientUnits);
        recipients.remove(null);
        if (recipients.isEmpty()) {
            recipients.add(currentUsers.current().unitId());
        }
        String shortTitle = title.length() > 200 ? title.substring(0, 200) : title;
        OfficialDocument draft = documents.draftOutgoing(new OutgoingForm(DocumentType.NOTICE, shortTitle,
                classification == null ? Classification.UNCLASSIFIED : classification, secrecyPeriod, Urgency.NORMAL,
                new ArrayList<>(recipients), List.of(), codes.get(0), bodyHtml, null));
        return new Draft(draft.getId(), "/documents/" + draft.getId());
    }
}
