package org.zhengtong.chronicle.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * 大事记 entries in 综合检索 (kind {@code chronicle}): day, title, category, unit and text. Readers are the submitter
 * and the unit's managers (the unit administrators and 大事记管理员 of the unit); once published the whole unit and the
 * city office's managers; once in the city's chronicle every unit. {@link #readable} applies the full rule
 * ({@link ChronicleService#canRead}).
 */
@Component
class ChronicleIndex extends RecordIndex<ChronicleEntry> {

    static final String KIND = "chronicle";

    private final ChronicleEntryRepository entries;
    private final ChronicleService service;
    private final OrgDirectory directory;

    ChronicleIndex(ChronicleEntryRepository entries, ChronicleService service, OrgDirectory directory,
                   CurrentUsers currentUsers) {
        super(KIND, ChronicleEntry.class, entries, "/chronicles/", currentUsers);
        this.entries = entries;
        this.service = service;
        this.directory = directory;
    }

    @Override
    protected boolean mayOpen(ChronicleEntry r, CurrentUser user) {
        return service.canRead(r, user);
    }

    @Override
    protected FullTextSearch.Entry entry(ChronicleEntry e) {
        Set<String> readers = new LinkedHashSet<>();
        readers.add(Readers.person(e.getSubmitter()));
        readers.add(Readers.role(Roles.UNIT_ADMIN, e.getUnitId()));
        readers.add(Readers.role(ChroniclePermissions.CLERK_ROLE, e.getUnitId()));
        if (e.getStatus() == EntryStatus.PUBLISHED) {
            readers.add(Readers.unit(e.getUnitId()));
            service.cityUnitId().ifPresent(city -> {
                readers.add(Readers.role(Roles.UNIT_ADMIN, city));
                readers.add(Readers.role(ChroniclePermissions.CLERK_ROLE, city));
            });
            if (e.isCityIncluded()) {
                directory.units().forEach(u -> readers.add(Readers.unit(u.id())));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", e.getStatus().name());
        fields.put("category", e.getCategory().name());
        String unit = directory.unit(e.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
        String text = new EntryText().add(e.getEventDate().toString(), e.getTitle(), e.getCategory().label(), unit,
                RichText.text(e.getContent()), e.getLinkTitle()).toString();
        return new FullTextSearch.Entry(KIND, e.getId(), e.getUnitId(), e.getTitle(), text, e.getEventDate(),
                e.getClassification(), readers, fields);
    }
}
