package org.zhengtong.personnel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Personnel records in 综合检索 (kind {@code personnel}), found by the people of the record's unit. The entry holds
 * only the fields everyone of the unit sees (所有人) — never an ID number, birth date or salary while they are
 * confidential — so a search for someone's ID number finds nothing in the index; {@link FieldVisibility} re-indexes
 * every record when an audience changes.
 */
@Component
class PersonnelIndex extends RecordIndex<PersonnelRecord> {

    static final String KIND = "personnel";

    private final PersonnelAccess access;
    private final PersonnelViews views;
    private final FieldVisibility visibility;
    private final MessageSource messages;
    private final Clock clock;

    PersonnelIndex(PersonnelRecordRepository records, PersonnelAccess access, PersonnelViews views,
                   FieldVisibility visibility, CurrentUsers currentUsers, MessageSource messages, Clock clock) {
        super(KIND, PersonnelRecord.class, records, "/personnel/", currentUsers);
        this.access = access;
        this.views = views;
        this.visibility = visibility;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    protected FullTextSearch.Entry entry(PersonnelRecord record) {
        return entry(views.view(record, Audience.EVERYONE, visibility.audiences()));
    }

    @Override
    protected boolean mayOpen(PersonnelRecord record, CurrentUser user) {
        return access.audience(user, record.getUnitId()).isPresent();
    }

    /** The public view's text: what everyone of the unit sees anyway. */
    private FullTextSearch.Entry entry(RecordView v) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        EntryText text = new EntryText();
        text.add(v.name(), v.departmentName(), v.ethnicity(), v.title(), v.post(), v.school(), v.phone(),
                v.remarks(), v.sex() == null ? null : messages.getMessage(v.sex().messageKey(), null, zh),
                v.politicalStatus() == null ? null : messages.getMessage(v.politicalStatus().messageKey(), null, zh),
                v.education() == null ? null : messages.getMessage(v.education().messageKey(), null, zh),
                v.orgPosition() == null ? null : messages.getMessage("position." + v.orgPosition(), null, zh));
        if (v.workHistory() != null) {
            v.workHistory().forEach(p -> text.add(p.organization(), p.post()));
        }
        String title = v.name() + (v.departmentName() == null ? "" : "（" + v.departmentName() + "）");
        return new FullTextSearch.Entry(KIND, v.id(), v.unitId(), title, text.toString(),
                LocalDate.ofInstant(v.updatedAt(), clock.getZone()), Classification.UNCLASSIFIED,
                Set.of(Readers.unit(v.unitId())), Map.of());
    }
}
