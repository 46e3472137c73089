package org.zhengtong.notice.internal;

import java.time.Clock;
import java.time.LocalDate;
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
 * Notices in 综合检索 (kind {@code notice}): title and text. A published notice's readers are its column's audience
 * as the index can name it (the unit for a unit's or a department's or a position's column, every unit for the
 * city), plus those who oversee it; {@link #readable} then applies the full rule ({@link NoticeService#canRead}), so
 * a department's notice is never a hit for the rest of its unit.
 */
@Component
class NoticeIndex extends RecordIndex<Notice> {

    static final String KIND = "notice";

    private final NoticeColumnRepository columns;
    private final NoticeService service;
    private final OrgDirectory directory;
    private final Clock clock;

    NoticeIndex(NoticeRepository notices, NoticeColumnRepository columns, NoticeService service,
                OrgDirectory directory, CurrentUsers currentUsers, Clock clock) {
        super(KIND, Notice.class, notices, "/notices/", currentUsers);
        this.clock = clock;
        this.columns = columns;
        this.service = service;
        this.directory = directory;
    }

    @Override
    protected boolean mayOpen(Notice r, CurrentUser user) {
        return service.canRead(r, user);
    }

    @Override
    protected FullTextSearch.Entry entry(Notice n) {
        NoticeColumn column = columns.getReferenceById(n.getColumnId());
        Set<String> readers = new LinkedHashSet<>();
        readers.add(Readers.person(n.getAuthor()));
        column.usernames(ColumnMember.MemberRole.PUBLISHER).forEach(u -> readers.add(Readers.person(u)));
        column.usernames(ColumnMember.MemberRole.REVIEWER).forEach(u -> readers.add(Readers.person(u)));
        readers.add(Readers.role(Roles.UNIT_ADMIN, n.getUnitId()));
        if (n.getStatus() == NoticeStatus.PUBLISHED) {
            for (Audience audience : column.getAudience()) {
                switch (audience.kind()) {
                    case CITY -> directory.units().forEach(u -> readers.add(Readers.unit(u.id())));
                    case UNIT -> readers.add(Readers.unit(audience.refId()));
                    case DEPARTMENT -> directory.department(audience.refId())
                            .ifPresent(d -> readers.add(Readers.unit(d.unitId())));
                    case POSITION -> readers.add(Readers.unit(column.getUnitId()));
                }
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", n.getStatus().name());
        fields.put("column", column.getName());
        String text = new EntryText().add(n.getTitle(), column.getName(), directory.nameOf(n.getAuthor()),
                RichText.text(n.getBody())).toString();
        LocalDate date = LocalDate.ofInstant(n.getPublishedAt() == null ? n.getCreatedAt() : n.getPublishedAt(),
                clock.getZone());
        return new FullTextSearch.Entry(KIND, n.getId(), n.getUnitId(), n.getTitle(), text, date,
                n.getClassification(), readers, fields);
    }
}
