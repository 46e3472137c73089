package org.zhengtong.personnel.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Photos;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The personnel records of a unit: the personnel office creates and changes them (every changed field goes into the
 * record's history), uploads the photo; everyone of the unit reads them through {@link PersonnelViews}, which hides
 * what their audience does not cover and audits what is confidential. Another unit's record is not found (404).
 */
@Service
@Transactional
public class PersonnelService {

    private final PersonnelRecordRepository records;
    private final PersonnelChangeRepository changes;
    private final PersonnelAccess access;
    private final PersonnelViews views;
    private final FieldVisibility visibility;
    private final PersonnelProperties properties;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final FileStore files;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PersonnelService(PersonnelRecordRepository records, PersonnelChangeRepository changes, PersonnelAccess access,
                     PersonnelViews views, FieldVisibility visibility, PersonnelProperties properties,
                     OrgDirectory directory, CurrentUsers currentUsers, FileStore files, MessageSource messages,
                     ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.records = records;
        this.changes = changes;
        this.access = access;
        this.views = views;
        this.visibility = visibility;
        this.properties = properties;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.files = files;
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the current user is the personnel office of their unit. */
    @Transactional(readOnly = true)
    public boolean isOffice() {
        return access.isOffice(currentUsers.current());
    }

    /** The current user's audience for the own unit's records (403 without a unit). */
    @Transactional(readOnly = true)
    public Audience audience() {
        return access.ownUnit(currentUsers.current());
    }

    /** The departments of the current user's unit. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.DepartmentRef> departments() {
        Long unit = currentUsers.current().unitId();
        return unit == null ? List.of() : directory.departments(unit);
    }

    /** The people of the current user's unit, to link a record to. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.PersonRef> people() {
        Long unit = currentUsers.current().unitId();
        return unit == null ? List.of() : directory.people(unit);
    }

    public long create(PersonnelForm form) {
        CurrentUser user = currentUsers.current();
        access.requireOffice(user, "PERSONNEL_RECORD_CREATE", null);
        PersonnelRecord record = store(form.check(directory, user.unitId()), user.unitId(), user.username());
        audit.success("PERSONNEL_RECORD_CREATE", "personnelRecord", record.getId(), record.getName());
        return record.getId();
    }

    /** Saves checked rows of one unit (the import); each as {@link #create} would. */
    void createAll(List<PersonnelForm.Checked> rows, CurrentUser user) {
        for (PersonnelForm.Checked row : rows) {
            store(row, user.unitId(), user.username());
        }
    }

    /** A record the demo city's personnel office keeps ({@link DemoPersonnel}), checked as the form is. */
    long createForDemo(long unitId, String office, PersonnelForm form) {
        PersonnelRecord record = store(form.check(directory, unitId), unitId, office);
        audit.recordAs(office, null, "PERSONNEL_RECORD_CREATE", "personnelRecord", record.getId(), true,
                record.getName());
        return record.getId();
    }

    private PersonnelRecord store(PersonnelForm.Checked checked, long unitId, String by) {
        requireUnique(checked, null);
        Instant now = clock.instant();
        PersonnelRecord record = new PersonnelRecord(unitId, by, now);
        Map<PersonnelField, String> before = values(record);
        record.apply(checked, now);
        saveUnique(record);
        history(record, before, by, now);
        events.publishEvent(new IndexEntryChanged(PersonnelIndex.KIND, record.getId()));
        return record;
    }

    /** Changes a record as the form gives it, on the version the form was made from (409 if another came first). */
    public void update(long id, PersonnelForm form) {
        CurrentUser user = currentUsers.current();
        PersonnelRecord record = records.lockById(id).orElseThrow(() -> new NotFoundException("personnelRecord", id));
        access.requireRead(record, user);
        access.requireOffice(user, "PERSONNEL_RECORD_UPDATE", id);
        if (form.getVersion() == null || form.getVersion() != record.getVersion()) {
            throw new BusinessRuleException("personnel.error.changedMeanwhile");
        }
        PersonnelForm.Checked checked = form.check(directory, record.getUnitId());
        requireUnique(checked, id);
        Instant now = clock.instant();
        Map<PersonnelField, String> before = values(record);
        record.apply(checked, now);
        saveUnique(record);
        int changed = history(record, before, user.username(), now);
        audit.success("PERSONNEL_RECORD_UPDATE", "personnelRecord", id, record.getName() + " " + changed + " 项");
        events.publishEvent(new IndexEntryChanged(PersonnelIndex.KIND, id));
    }

    /** The record's photo: a JPEG or PNG by its content, at most {@code zhengtong.personnel.max-photo-size}. */
    public void photo(long id, String fileName, InputStream content) {
        CurrentUser user = currentUsers.current();
        PersonnelRecord record = records.lockById(id).orElseThrow(() -> new NotFoundException("personnelRecord", id));
        access.requireRead(record, user);
        access.requireOffice(user, "PERSONNEL_PHOTO", id);
        byte[] bytes = Photos.read(content, properties.maxPhotoBytes());
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(bytes));
        Instant now = clock.instant();
        changes.save(new PersonnelChange(id, now, user.username(), PersonnelField.PHOTO, record.getPhotoName(), name));
        record.photo(stored.key(), name, now);
        audit.success("PERSONNEL_PHOTO", "personnelRecord", id, name);
    }

    /** A record as the current user may see it (404 for another unit's), its confidential fields audited. */
    @Transactional(readOnly = true)
    public RecordView view(long id, String channel) {
        CurrentUser user = currentUsers.current();
        PersonnelRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("personnelRecord", id));
        Audience audience = access.requireRead(record, user);
        Map<PersonnelField, Audience> audiences = visibility.audiences();
        views.audit(audience, audiences, List.of(id), channel);
        return views.view(record, audience, audiences);
    }

    /** The form to change a record, for its personnel office. */
    @Transactional(readOnly = true)
    public PersonnelForm form(long id) {
        CurrentUser user = currentUsers.current();
        PersonnelRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("personnelRecord", id));
        access.requireRead(record, user);
        access.requireOffice(user, "PERSONNEL_RECORD_UPDATE", id);
        return PersonnelForm.of(record);
    }

    /** A photo's name and bytes, for whoever sees the photo field of the record (404 when it has none). */
    @Transactional(readOnly = true)
    public StoredPhoto openPhoto(long id) {
        CurrentUser user = currentUsers.current();
        PersonnelRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("personnelRecord", id));
        Audience audience = access.requireRead(record, user);
        Map<PersonnelField, Audience> audiences = visibility.audiences();
        if (!audience.covers(audiences.get(PersonnelField.PHOTO))) {
            throw new AccessDeniedException(user.username() + " may not see the photo of " + id);
        }
        if (record.getPhotoKey() == null) {
            throw new NotFoundException("personnelPhoto", id);
        }
        if (audiences.get(PersonnelField.PHOTO) != Audience.EVERYONE) {
            audit.success(PersonnelViews.VIEW_AUDIT, "personnelRecord", id, "photo PHOTO");
        }
        try (InputStream in = files.open(record.getPhotoKey())) {
            return new StoredPhoto(record.getPhotoName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record StoredPhoto(String name, byte[] content) {
    }

    /** The record's changes, latest first; a value of a field the reader may not see is masked. */
    @Transactional(readOnly = true)
    public List<ChangeView> history(long id, Locale locale) {
        CurrentUser user = currentUsers.current();
        PersonnelRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("personnelRecord", id));
        Audience audience = access.requireRead(record, user);
        Map<PersonnelField, Audience> audiences = visibility.audiences();
        String masked = messages.getMessage("personnel.masked", null, locale);
        List<ChangeView> list = new ArrayList<>();
        boolean confidential = false;
        for (PersonnelChange c : changes.findByRecordIdOrderByChangedAtDescIdDesc(id)) {
            boolean shown = audience.covers(audiences.get(c.getField()));
            confidential |= shown && audiences.get(c.getField()) != Audience.EVERYONE;
            list.add(new ChangeView(c.getChangedAt(), directory.nameOf(c.getChangedBy()), c.getField(),
                    shown ? display(c.getField(), c.getOldValue(), locale) : masked,
                    shown ? display(c.getField(), c.getNewValue(), locale) : masked, !shown));
        }
        if (confidential) {
            audit.success(PersonnelViews.VIEW_AUDIT, "personnelRecord", id, "history");
        }
        return list;
    }

    public record ChangeView(Instant at, String by, PersonnelField field, String oldValue, String newValue,
                             boolean masked) {
    }

    void requireUnique(PersonnelForm.Checked checked, Long id) {
        boolean idTaken = id == null ? records.existsByIdNumber(checked.idNumber())
                : records.existsByIdNumberAndIdNot(checked.idNumber(), id);
        if (idTaken) {
            throw new BusinessRuleException("personnel.error.idNumberTaken", checked.idNumber());
        }
        if (checked.username() != null && (id == null ? records.existsByUsername(checked.username())
                : records.existsByUsernameAndIdNot(checked.username(), id))) {
            throw new BusinessRuleException("personnel.error.personTaken", directory.nameOf(checked.username()));
        }
    }

    /**
     * Saves the record; when someone else has just saved the same ID number or person (both passed the check before
     * either committed), the unique keys refuse the second one, which is then told so (409) instead of failing.
     */
    private void saveUnique(PersonnelRecord record) {
        try {
            records.saveAndFlush(record);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("personnel.error.savedMeanwhile");
        }
    }

    /** Writes a change per field that differs from before; returns how many. */
    private int history(PersonnelRecord record, Map<PersonnelField, String> before, String by, Instant now) {
        Map<PersonnelField, String> after = values(record);
        int count = 0;
        for (Map.Entry<PersonnelField, String> e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                changes.save(new PersonnelChange(record.getId(), now, by, e.getKey(), old, e.getValue()));
                count++;
            }
        }
        return count;
    }

    /** The record's values as the history keeps them: codes for choices, ISO dates, the department's name. */
    private Map<PersonnelField, String> values(PersonnelRecord r) {
        Map<PersonnelField, String> values = new LinkedHashMap<>();
        values.put(PersonnelField.NAME, r.getName());
        values.put(PersonnelField.DEPARTMENT, r.getDepartmentId() == 0 ? null : directory.department(
                r.getDepartmentId()).map(OrgDirectory.DepartmentRef::name).orElse(String.valueOf(r.getDepartmentId())));
        values.put(PersonnelField.SEX, name(r.getSex()));
        values.put(PersonnelField.ETHNICITY, r.getEthnicity());
        values.put(PersonnelField.BIRTH_DATE, r.getBirthDate() == null ? null : r.getBirthDate().toString());
        values.put(PersonnelField.ID_NUMBER, r.getIdNumber());
        values.put(PersonnelField.POLITICAL_STATUS, name(r.getPoliticalStatus()));
        values.put(PersonnelField.TITLE, r.getTitle());
        values.put(PersonnelField.POST, r.getPost());
        values.put(PersonnelField.EDUCATION, name(r.getEducation()));
        values.put(PersonnelField.SCHOOL, r.getSchool());
        values.put(PersonnelField.WORK_HISTORY, r.getWorkHistory().isEmpty() ? null
                : r.getWorkHistory().stream().map(WorkPeriod::text).collect(Collectors.joining("；")));
        values.put(PersonnelField.PHONE, r.getPhone());
        values.put(PersonnelField.SALARY, r.getSalary() == null ? null : r.getSalary().toPlainString());
        values.put(PersonnelField.REMARKS, r.getRemarks());
        return values;
    }

    private String display(PersonnelField field, String value, Locale locale) {
        if (value == null) {
            return "";
        }
        String prefix = switch (field) {
            case SEX -> "personnel.sex.";
            case POLITICAL_STATUS -> "personnel.political.";
            case EDUCATION -> "personnel.education.";
            default -> null;
        };
        return prefix == null ? value : messages.getMessage(prefix + value, null, value, locale);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
