package org.zhengtong.supplies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Requests in 综合检索 (kind {@code supplies}): number, items, purposes and requester as text, found within the unit;
 * {@link #readable} lets through only those the searcher may open ({@link SuppliesAccess}).
 */
@Component
class SuppliesIndex extends RecordIndex<SupplyRequest> {

    static final String KIND = "supplies";

    private final SupplyRequestService service;
    private final OrgDirectory directory;
    private final Clock clock;

    SuppliesIndex(SupplyRequestRepository requests, SupplyRequestService service,
                  OrgDirectory directory, CurrentUsers currentUsers, Clock clock) {
        super(KIND, SupplyRequest.class, requests, "/supplies/requests/", currentUsers);
        this.service = service;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected boolean mayOpen(SupplyRequest r, CurrentUser user) {
        return service.canRead(r, user);
    }

    @Override
    protected FullTextSearch.Entry entry(SupplyRequest r) {
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
