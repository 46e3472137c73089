package org.zhengtong.personnel.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.IndexEntryChanged;

/**
 * Who sees each field of the personnel records (所有人 / 人事处及指定领导 / 仅人事处). Only the security administrator
 * (三员: the one who manages permissions and clearances) sets it; the system administrator and everyone else are
 * refused (403, audited). Since the search index holds only the fields everyone sees, a change re-indexes every record.
 */
@Service
@Transactional
public class FieldVisibility {

    private final FieldSettingRepository settings;
    private final PersonnelRecordRepository records;
    private final CurrentUsers currentUsers;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    FieldVisibility(FieldSettingRepository settings, PersonnelRecordRepository records, CurrentUsers currentUsers,
                    ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.records = records;
        this.currentUsers = currentUsers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every field with its audience now: the setting, or the field's default. */
    @Transactional(readOnly = true)
    public Map<PersonnelField, Audience> audiences() {
        Map<PersonnelField, Audience> audiences = new EnumMap<>(PersonnelField.class);
        for (PersonnelField field : PersonnelField.values()) {
            audiences.put(field, field.defaultAudience());
        }
        for (FieldSetting setting : settings.findAll()) {
            if (setting.getField().configurable()) {
                audiences.put(setting.getField(), setting.getAudience());
            }
        }
        return audiences;
    }

    public boolean maySet() {
        return currentUsers.current().hasRole(Roles.SECURITY_ADMIN);
    }

    /** Sets the audiences given (the fields not named keep theirs); only the security administrator. */
    public void set(Map<PersonnelField, Audience> requested) {
        CurrentUser user = currentUsers.current();
        if (!user.hasRole(Roles.SECURITY_ADMIN)) {
            audit.failure("PERSONNEL_VISIBILITY_SET", "personnelField", null, "not the security administrator");
            throw new AccessDeniedException(user.username() + " may not set who sees personnel fields");
        }
        Map<PersonnelField, Audience> before = audiences();
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<PersonnelField, Audience> e : requested.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!e.getKey().configurable()) {
                throw new PersonnelRefused("personnel.error.fieldFixed", new DefaultMessageSourceResolvable(
                        new String[] {e.getKey().messageKey()}, e.getKey().name()));
            }
            if (before.get(e.getKey()) == e.getValue()) {
                continue;
            }
            FieldSetting setting = settings.findById(e.getKey()).orElseGet(() -> new FieldSetting(e.getKey()));
            setting.set(e.getValue(), user.username(), clock.instant());
            settings.save(setting);
            detail.append(e.getKey()).append(':').append(before.get(e.getKey())).append("→").append(e.getValue())
                    .append(' ');
        }
        if (detail.isEmpty()) {
            return;
        }
        audit.success("PERSONNEL_VISIBILITY_SET", "personnelField", null, detail.toString().strip());
        records.allIds().forEach(id -> events.publishEvent(new IndexEntryChanged(PersonnelIndex.KIND, id)));
    }
}
