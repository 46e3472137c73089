package org.zhengtong.supplies.internal;

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
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.Searchable;

/**
 * Requests in 综合检索 (kind {@code supplies}): number, items, purposes and requester as text, found within the unit;
 * {@link #readable} lets through only those the searcher may open ({@link SuppliesAccess}).
 */
@Component
class SuppliesIndex implements Searchable {

    static final String KIND = "supplies";

    private final SupplyRequestRepository requests;
    private final SupplyRequestService service;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    SuppliesIndex(SupplyRequestRepository requests, SupplyRequestService service,
                  OrgDirectory directory, CurrentUsers currentUsers, Clock clock) {
        this.requests = requests;
        this.service = service;
        this.directory = directory;
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
        return requests.findById(id).map(this::entry);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        CurrentUser user = currentUsers.current();
        return requests.findAllById(ids).stream().filter(r -> service.canRead(r, user)).map(SupplyRequest::getId)
                .collect(Collectors.toSet());
    }

    @Override
    public String link(long id) {
        return "/supplies/requests/" + id;
    }

    private FullTextSearch.Entry entry(SupplyRequest r) {
        String item = service.summary(r);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", r.getNumber());
        fields.put("status", r.getStatus().name());
        String requester = directory.nameOf(r.getRequestedBy());
        EntryText text = new EntryText().add(r.getNumber(), item, requester);
        r.getLines().stream().map(RequestLine::getPurpose).distinct().forEach(text::add);
        return new FullTextSearch.Entry(KIND, r.getId(), r.getUnitId(), "领用：" + item + "（" + requester + "）", text.toString(),
                LocalDate.ofInstant(r.getCreatedAt(), clock.getZone()), Classification.UNCLASSIFIED,
                Set.of(Readers.unit(r.getUnitId())), fields);
    }
}
