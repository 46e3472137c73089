package org.zhengtong.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Receptions in 综合检索 (kind {@code reception}): the number, visiting unit, delegation, 事由 and plan as text, found
 * within the unit; {@link #readable} lets through only those {@link ReceptionAccess} lets the searcher read (the desk,
 * the readers, the unit's leaders, those who took part in the approval). The service announces every change.
 */
@Component
class ReceptionIndex extends RecordIndex<Reception> {

    static final String KIND = "reception";

    private final ReceptionAccess access;
    private final Clock clock;

    ReceptionIndex(ReceptionRepository receptions, ReceptionAccess access, CurrentUsers currentUsers, Clock clock) {
        super(KIND, Reception.class, receptions, "/receptions/", currentUsers);
        this.access = access;
        this.clock = clock;
    }

    @Override
    protected boolean mayOpen(Reception r, CurrentUser user) {
        return access.canRead(r, user);
    }

    @Override
    protected FullTextSearch.Entry entry(Reception r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", r.getNumber());
        fields.put("level", r.getLevel().name());
        fields.put("status", r.getStatus().name());
        EntryText text = new EntryText();
        text.add(r.getNumber(), r.getVisitingUnit(), r.getLeaderName(), r.getLeaderTitle(), r.getReason(),
                r.getVenues(), r.getAccommodation(), r.getVehicles(), r.getCostNote());
        r.getMembers().forEach(m -> text.add(m.getName(), m.getTitle()));
        r.getAgenda().forEach(a -> text.add(a.getContent(), a.getPlace()));
        String title = r.getVisitingUnit() + " " + r.getLeaderName() + "（" + r.getVisitorCount() + "）";
        return new FullTextSearch.Entry(KIND, r.getId(), r.getUnitId(), title, text.toString(),
                LocalDate.ofInstant(r.getArrivalAt(), clock.getZone()), Classification.UNCLASSIFIED,
                Set.of(Readers.unit(r.getUnitId())), fields);
    }
}
