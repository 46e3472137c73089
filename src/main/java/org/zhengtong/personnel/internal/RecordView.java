package org.zhengtong.personnel.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A personnel record as one reader may see it: each field the reader's audience does not cover is null and named in
 * {@code hidden}, so a page, the API and the workbook never carry its value. {@code orgPosition} is the person's 职务
 * in the organization (a code named by the message {@code position.<code>}), read from the platform.
 */
public record RecordView(long id, long unitId, long departmentId, String departmentName, String username,
                         String name, String orgPosition, Sex sex, String ethnicity, LocalDate birthDate,
                         String idNumber, PoliticalStatus politicalStatus, String title, String post,
                         Education education, String school, List<PeriodView> workHistory, String phone,
                         BigDecimal salary, String remarks, boolean photo, Set<PersonnelField> hidden, long version,
                         Instant updatedAt) {

    public boolean shows(PersonnelField field) {
        return !hidden.contains(field);
    }

    /** {@link #shows(PersonnelField)} by the field's name, for the pages. */
    public boolean shows(String field) {
        return shows(PersonnelField.valueOf(field));
    }

    public record PeriodView(String from, String to, String organization, String post) {
    }
}
