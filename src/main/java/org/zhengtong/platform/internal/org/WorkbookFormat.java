package org.zhengtong.platform.internal.org;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The organization workbook's format: the sheets 单位, 科室, 人员 with Chinese column names and Chinese labels for
 * kinds, positions and yes/no, whatever the user's language, so a file travels between users.
 */
final class WorkbookFormat {

    static final String UNITS = "单位";
    static final String DEPARTMENTS = "科室";
    static final String PEOPLE = "人员";
    static final List<String> UNIT_COLUMNS = List.of("单位代码", "单位名称", "简称", "类型", "上级单位代码", "排序号", "启用");
    static final List<String> DEPARTMENT_COLUMNS = List.of("单位代码", "科室名称", "排序号", "科长", "分管领导");
    static final List<String> PERSON_COLUMNS =
            List.of("人员编号", "单位代码", "科室名称", "姓名", "职务", "电话", "电子邮箱", "排序号", "启用");
    static final String YES = "是";
    static final String NO = "否";
    /** A person written as 姓名[人员编号], for when a unit has two people of the same name. */
    static final Pattern NAME_WITH_ID = Pattern.compile("(.*?)\\s*\\[(\\d{1,18})]");

    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private WorkbookFormat() {
    }

    static String label(MessageSource messages, UnitKind kind) {
        return messages.getMessage("unitKind." + kind.name(), null, LOCALE);
    }

    static String label(MessageSource messages, Position position) {
        return messages.getMessage(position.messageKey(), null, LOCALE);
    }

    static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    /** Departments are known by their unit's code and their name. */
    static String departmentKey(String unitCode, String departmentName) {
        return unitCode + "\n" + departmentName;
    }
}
