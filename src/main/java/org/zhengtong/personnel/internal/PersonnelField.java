package org.zhengtong.personnel.internal;

/**
 * The fields of a personnel record, each with the audience it has until the security administrator sets another.
 * 姓名, 部门 and the organization's 职务 stay public: colleagues find one another by them, and the organization shows
 * them in the address book anyway.
 */
public enum PersonnelField {
    NAME(Audience.EVERYONE, false),
    DEPARTMENT(Audience.EVERYONE, false),
    ORG_POSITION(Audience.EVERYONE, false),
    SEX(Audience.EVERYONE, true),
    ETHNICITY(Audience.EVERYONE, true),
    BIRTH_DATE(Audience.LEADERS, true),
    ID_NUMBER(Audience.LEADERS, true),
    POLITICAL_STATUS(Audience.EVERYONE, true),
    TITLE(Audience.EVERYONE, true),
    POST(Audience.EVERYONE, true),
    EDUCATION(Audience.EVERYONE, true),
    SCHOOL(Audience.EVERYONE, true),
    WORK_HISTORY(Audience.EVERYONE, true),
    PHONE(Audience.EVERYONE, true),
    SALARY(Audience.LEADERS, true),
    REMARKS(Audience.EVERYONE, true),
    PHOTO(Audience.EVERYONE, true);

    private final Audience defaultAudience;
    private final boolean configurable;

    PersonnelField(Audience defaultAudience, boolean configurable) {
        this.defaultAudience = defaultAudience;
        this.configurable = configurable;
    }

    public Audience defaultAudience() {
        return defaultAudience;
    }

    public boolean configurable() {
        return configurable;
    }

    public String messageKey() {
        return "personnel.field." + name();
    }
}
