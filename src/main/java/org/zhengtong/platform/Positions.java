package org.zhengtong.platform;

/**
 * The codes of the 职务 a person holds ({@link OrgDirectory.PersonRef#position()}), for modules that route work or
 * grant access by position. Every unit must have accounts for its head, office director and confidential secretary.
 */
public final class Positions {

    /** 单位负责人 (局长, 主任 …) */
    public static final String UNIT_HEAD = "UNIT_HEAD";
    /** 分管领导 */
    public static final String LEADER_IN_CHARGE = "LEADER_IN_CHARGE";
    /** 办公室主任 */
    public static final String OFFICE_DIRECTOR = "OFFICE_DIRECTOR";
    /** 机要秘书 */
    public static final String CONFIDENTIAL_SECRETARY = "CONFIDENTIAL_SECRETARY";
    /** 科长 */
    public static final String SECTION_CHIEF = "SECTION_CHIEF";
    /** 副科长 */
    public static final String DEPUTY_SECTION_CHIEF = "DEPUTY_SECTION_CHIEF";
    /** 科员 */
    public static final String CLERK = "CLERK";

    private Positions() {
    }
}
