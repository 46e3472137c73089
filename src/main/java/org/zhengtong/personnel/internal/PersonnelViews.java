package org.zhengtong.personnel.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.OrgDirectory;

/**
 * Turns records into what a reader may see ({@link RecordView}) and records in the audit log every view of a
 * confidential field — one whose audience is not 所有人 — with the channel (page, API, export …) and the records.
 */
@Component
class PersonnelViews {

    static final String VIEW_AUDIT = "PERSONNEL_CONFIDENTIAL_VIEW";

    private final OrgDirectory directory;
    private final AuditLog audit;

    PersonnelViews(OrgDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    /** The fields the audience does not see, under these settings. */
    static Set<PersonnelField> hidden(Audience audience, Map<PersonnelField, Audience> audiences) {
        Set<PersonnelField> hidden = EnumSet.noneOf(PersonnelField.class);
        audiences.forEach((field, fieldAudience) -> {
            if (!audience.covers(fieldAudience)) {
                hidden.add(field);
            }
        });
        return hidden;
    }

    /** The confidential fields the audience sees. */
    static Set<PersonnelField> confidentialShown(Audience audience, Map<PersonnelField, Audience> audiences) {
        Set<PersonnelField> shown = EnumSet.noneOf(PersonnelField.class);
        audiences.forEach((field, fieldAudience) -> {
            if (fieldAudience != Audience.EVERYONE && audience.covers(fieldAudience)) {
                shown.add(field);
            }
        });
        return shown;
    }

    RecordView view(PersonnelRecord r, Audience audience, Map<PersonnelField, Audience> audiences) {
        Set<PersonnelField> hidden = hidden(audience, audiences);
        String department = directory.department(r.getDepartmentId()).map(OrgDirectory.DepartmentRef::name)
                .orElse(null);
        String orgPosition = r.getUsername() == null ? null
                : directory.person(r.getUsername()).map(OrgDirectory.PersonRef::position).orElse(null);
        List<RecordView.PeriodView> periods = hidden.contains(PersonnelField.WORK_HISTORY) ? null
                : r.getWorkHistory().stream().map(p -> new RecordView.PeriodView(p.getFrom(), p.getTo(),
                        p.getOrganization(), p.getPost())).toList();
        return new RecordView(r.getId(), r.getUnitId(), r.getDepartmentId(), department, r.getUsername(),
                r.getName(), orgPosition,
                shown(hidden, PersonnelField.SEX, r.getSex()),
                shown(hidden, PersonnelField.ETHNICITY, r.getEthnicity()),
                shown(hidden, PersonnelField.BIRTH_DATE, r.getBirthDate()),
                shown(hidden, PersonnelField.ID_NUMBER, r.getIdNumber()),
                shown(hidden, PersonnelField.POLITICAL_STATUS, r.getPoliticalStatus()),
                shown(hidden, PersonnelField.TITLE, r.getTitle()),
                shown(hidden, PersonnelField.POST, r.getPost()),
                shown(hidden, PersonnelField.EDUCATION, r.getEducation()),
                shown(hidden, PersonnelField.SCHOOL, r.getSchool()),
                periods,
                shown(hidden, PersonnelField.PHONE, r.getPhone()),
                shown(hidden, PersonnelField.SALARY, r.getSalary()),
                shown(hidden, PersonnelField.REMARKS, r.getRemarks()),
                !hidden.contains(PersonnelField.PHOTO) && r.getPhotoKey() != null,
                hidden, r.getVersion(), r.getUpdatedAt());
    }

    /** Records that the reader was shown confidential fields of these records through the channel, if any. */
    void audit(Audience audience, Map<PersonnelField, Audience> audiences, Collection<Long> ids, String channel) {
        Set<PersonnelField> shown = confidentialShown(audience, audiences);
        if (shown.isEmpty() || ids.isEmpty()) {
            return;
        }
        String fields = shown.stream().map(Enum::name).collect(Collectors.joining(","));
        Object objectId = ids.size() == 1 ? ids.iterator().next() : null;
        audit.success(VIEW_AUDIT, "personnelRecord", objectId, channel + " " + fields
                + (ids.size() == 1 ? "" : " " + new TreeSet<>(ids)));
    }

    private static <T> T shown(Set<PersonnelField> hidden, PersonnelField field, T value) {
        return hidden.contains(field) ? null : value;
    }
}
