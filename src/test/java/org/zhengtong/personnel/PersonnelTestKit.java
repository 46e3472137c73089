package org.zhengtong.personnel;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.AsUser;
import org.zhengtong.personnel.internal.PersonnelForm;
import org.zhengtong.personnel.internal.PersonnelService;
import org.zhengtong.platform.OrgDirectory;

/**
 * The demo city's 市财政局 as the personnel tests see it: its personnel office (the 办公室 clerk, given 人事处 by the
 * demo), the leader it named, colleagues of a department and someone of another unit; fresh valid ID numbers.
 */
final class PersonnelTestKit {

    static final String OFFICE = "czj.clerk";
    static final String LEADER = "czj.deputy1";
    static final String COLLEAGUE = "czj.d1.clerk1";
    static final String OTHER_LEADER = "czj.deputy2";
    static final String OTHER_UNIT = "mzj.d1.clerk1";
    static final String SECURITY_ADMIN = "secadmin";
    static final String SYSTEM_ADMIN = "sysadmin";

    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private PersonnelTestKit() {
    }

    /** A valid ID number (GB 11643) never issued before in this run, born on that day, male or female. */
    static String idNumber(LocalDate born, boolean male) {
        while (true) {
            int sequence = ThreadLocalRandom.current().nextInt(0, 500) * 2 + (male ? 1 : 0);
            String first17 = "110105" + born.toString().replace("-", "") + String.format("%03d", sequence);
            String number = first17 + check(first17);
            if (ISSUED.add(number)) {
                return number;
            }
        }
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** The same number with a wrong check character. */
    static String wrongCheck(String number) {
        char right = number.charAt(17);
        return number.substring(0, 17) + (right == '1' ? '2' : '1');
    }

    static LocalDate randomBirthDate() {
        return LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 40 * 365));
    }

    static long department(OrgDirectory directory, String unitCode, String name) {
        long unit = directory.units().stream().filter(u -> u.code().equals(unitCode)).findFirst().orElseThrow().id();
        return directory.departments(unit).stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A record form of 市财政局's 预算科 for a new person (no account). */
    static PersonnelForm form(OrgDirectory directory, String name, String idNumber) {
        PersonnelForm form = new PersonnelForm();
        form.setDepartmentId(department(directory, "czj", "预算科"));
        form.setName(name);
        form.setIdNumber(idNumber);
        form.setEthnicity("汉族");
        form.setTitle("经济师");
        form.setPost("一级主任科员");
        form.setSchool("湖南大学");
        form.setPhone("13973500001");
        form.setSalary(new java.math.BigDecimal("8765.43"));
        form.setRemarks("测试档案");
        form.setWorkHistory(new java.util.ArrayList<>(java.util.List.of(
                new PersonnelForm.Period("2008-07", "2014-06", "北湖区财政局", "科员"),
                new PersonnelForm.Period("2014-07", null, "市财政局", "一级主任科员"))));
        return form;
    }

    /** Creates a record as the personnel office; returns its id. */
    static long create(AsUser as, PersonnelService service, PersonnelForm form) {
        return as.call(OFFICE, () -> service.create(form));
    }

    static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from personnel_record", Long.class);
    }

    /** How many audit records of this action the actor has for the object (null: any object). */
    static long audits(JdbcTemplate jdbc, String actor, String action, Object objectId) {
        return objectId == null
                ? jdbc.queryForObject("select count(*) from audit_record where actor = ? and action = ?", Long.class,
                        actor, action)
                : jdbc.queryForObject("select count(*) from audit_record where actor = ? and action = ? and "
                        + "object_id = ?", Long.class, actor, action, objectId.toString());
    }
}
