package org.zhengtong.personnel.internal;

import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * 组合查询 of the personnel records: every condition given must hold. A condition on a field the reader does not see
 * finds nothing, so no query can tell whether someone's ID number (say) is on file.
 */
public record PersonnelQuery(Long departmentId, @Size(max = 50) String name, Sex sex, @Size(max = 20) String ethnicity,
                             PoliticalStatus politicalStatus, Education education, @Size(max = 50) String title,
                             @Size(max = 50) String post, @Size(max = 100) String school,
                             @Size(max = 18) String idNumber) {

    public static PersonnelQuery all() {
        return new PersonnelQuery(null, null, null, null, null, null, null, null, null, null);
    }

    /** The fields the query has conditions on. */
    Set<PersonnelField> fields() {
        Set<PersonnelField> fields = EnumSet.noneOf(PersonnelField.class);
        if (departmentId != null) fields.add(PersonnelField.DEPARTMENT);
        if (given(name)) fields.add(PersonnelField.NAME);
        if (sex != null) fields.add(PersonnelField.SEX);
        if (given(ethnicity)) fields.add(PersonnelField.ETHNICITY);
        if (politicalStatus != null) fields.add(PersonnelField.POLITICAL_STATUS);
        if (education != null) fields.add(PersonnelField.EDUCATION);
        if (given(title)) fields.add(PersonnelField.TITLE);
        if (given(post)) fields.add(PersonnelField.POST);
        if (given(school)) fields.add(PersonnelField.SCHOOL);
        if (given(idNumber)) fields.add(PersonnelField.ID_NUMBER);
        return fields;
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
