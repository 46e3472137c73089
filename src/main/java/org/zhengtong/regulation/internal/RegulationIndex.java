package org.zhengtong.regulation.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.platform.RichText;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Regulations in 综合检索 (kind {@code regulation}): title, issuing body, 文号 and full text, for the unit (本单位) or
 * every account (全市, the role every account holds), with their 密级; the service's read rule confirms each hit. The
 * status (现行有效 …) is not indexed: it changes with the date alone, and the pages work it out when they show it.
 */
@Component
class RegulationIndex extends RecordIndex<Regulation> {

    static final String KIND = "regulation";

    private final RegulationService service;

    RegulationIndex(RegulationRepository regulations, RegulationService service, CurrentUsers currentUsers) {
        super(KIND, Regulation.class, regulations, "/regulations/", currentUsers);
        this.service = service;
    }

    @Override
    protected boolean mayOpen(Regulation r, CurrentUser user) {
        return service.canRead(r, user);
    }

    @Override
    protected FullTextSearch.Entry entry(Regulation r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", r.getKind().name());
        String text = new EntryText().add(r.getTitle(), r.getIssuer(), r.getDocNumber(), RichText.text(r.getBody()))
                .toString();
        return new FullTextSearch.Entry(KIND, r.getId(), r.getUnitId(), r.getTitle(), text, r.getIssuedOn(),
                r.getClassification(), readers(r.getUnitId(), r.getScope()), fields);
    }

    /** The unit, or everybody (every account holds the role {@code USER}) for 全市. */
    static Set<String> readers(long unitId, Scope scope) {
        return Set.of(scope == Scope.CITY ? Readers.role(Roles.USER) : Readers.unit(unitId));
    }
}
