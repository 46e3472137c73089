package org.zhengtong.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.Searchable;

/**
 * Receptions in 综合检索 (kind {@code reception}): the number, visiting unit, delegation, 事由 and plan as text, found
 * within the unit; {@link #readable} lets through only those {@link ReceptionAccess} lets the searcher read (the desk,
 * the readers, the unit's leaders, those who took part in the approval). The service announces every change.
 */
@Component
class ReceptionIndex implements Searchable {

    static final String KIND = "reception";

    private final ReceptionRepository receptions;
    private final ReceptionAccess access;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ReceptionIndex(ReceptionRepository receptions, ReceptionAccess access, CurrentUsers currentUsers, Clock clock) {
        this.receptions = receptions;
        this.access = access;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FullTextSearch.Entry> entry(long id) {
        return receptions.findById(id).map(this::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        CurrentUser user = currentUsers.current();
        return receptions.findAllById(ids).stream().filter(r -> access.canRead(r, user)).map(Reception::getId)
                .collect(Collectors.toSet());
    }

    @Override
    public String link(long id) {
        return "/receptions/" + id;
    }

    private FullTextSearch.Entry entry(Reception r) {
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
