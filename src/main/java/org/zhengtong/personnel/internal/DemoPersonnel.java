package org.zhengtong.personnel.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.DemoAccounts;
import org.zhengtong.platform.IdNumbers;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;

/**
 * The demo city's personnel records: in 市财政局 the office clerk ({@value #OFFICE}) is the personnel office (the
 * business role 人事处), the leader in charge of the office ({@value #LEADER}) is a named leader, and everyone of a
 * department has a record (valid ID numbers, a work history). Runs after the demo city (order 0), only with
 * {@code zhengtong.demo=true}; a person who has a record already gets none again.
 */
@Component
@Order(40)
class DemoPersonnel implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPersonnel.class);
    static final String UNIT = "czj";
    static final String OFFICE = UNIT + ".clerk";
    static final String LEADER = UNIT + ".deputy1";
    /** 郴州市北湖区, where the demo city's people were born. */
    private static final String REGION = "431002";
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "瑶族", "汉族", "土家族"};
    private static final PoliticalStatus[] POLITICS = {PoliticalStatus.CPC_MEMBER, PoliticalStatus.CPC_MEMBER,
            PoliticalStatus.MASSES, PoliticalStatus.CYL_MEMBER, PoliticalStatus.CPC_MEMBER,
            PoliticalStatus.DEMOCRATIC_PARTY};
    private static final Education[] EDUCATIONS = {Education.BACHELOR, Education.MASTER, Education.BACHELOR,
            Education.JUNIOR_COLLEGE, Education.BACHELOR, Education.DOCTORATE};
    private static final String[] TITLES = {"经济师", "高级会计师", "会计师", null, "助理经济师", "高级经济师"};
    private static final String[] SCHOOLS = {"湖南大学", "中南财经政法大学", "湘潭大学", "湖南财政经济学院", "湘南学院",
            "中国人民大学"};

    private final PersonnelService service;
    private final PersonnelRecordRepository records;
    private final NamedLeaderRepository named;
    private final DemoAccounts accounts;
    private final OrgDirectory directory;
    private final PlatformProperties platform;

    private final Clock clock;

    DemoPersonnel(PersonnelService service, PersonnelRecordRepository records, NamedLeaderRepository named,
                  DemoAccounts accounts, OrgDirectory directory, Clock clock, PlatformProperties properties) {
        this.service = service;
        this.records = records;
        this.clock = clock;
        this.named = named;
        this.accounts = accounts;
        this.directory = directory;
        this.platform = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // not in the command-line modes that run instead of serving (administrator recovery, the to-do rebuild)
        if (!platform.loadsDemo(args)) {
            return;
        }
        OrgDirectory.UnitRef unit = directory.units().stream().filter(u -> UNIT.equals(u.code())).findFirst()
                .orElse(null);
        if (unit == null || directory.person(OFFICE).isEmpty()) {
            return;
        }
        accounts.grantBusinessRole(OFFICE, PersonnelPermissions.OFFICE_ROLE);
        if (directory.person(LEADER).isPresent() && !named.existsByUnitIdAndUsername(unit.id(), LEADER)) {
            named.save(new NamedLeader(unit.id(), LEADER, OFFICE, clock.instant()));
        }
        int created = 0;
        int index = 0;
        for (PersonRef person : directory.people(unit.id())) {
            index++;
            if (person.departmentId() == null || records.existsByUsername(person.username())) {
                continue;
            }
            service.createForDemo(unit.id(), OFFICE, form(person, index));
            created++;
        }
        if (created > 0) {
            log.info("demo city: {} personnel records in {}, kept by {}", created, unit.name(), OFFICE);
        }
    }

    private static PersonnelForm form(PersonRef person, int i) {
        LocalDate born = LocalDate.of(1968 + (i * 7) % 30, 1 + (i * 5) % 12, 1 + (i * 11) % 28);
        boolean male = i % 3 != 1;
        // the sequence's last digit is odd for men, even for women (GB 11643)
        int sequence = 10 * (10 + i % 89) + (male ? 1 + 2 * (i % 5) : 2 * (i % 5));
        String first17 = REGION + born.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        PersonnelForm form = new PersonnelForm();
        form.setUsername(person.username());
        form.setDepartmentId(person.departmentId());
        form.setIdNumber(first17 + IdNumbers.checkCharacter(first17));
        form.setEthnicity(ETHNICITIES[i % ETHNICITIES.length]);
        form.setPoliticalStatus(POLITICS[i % POLITICS.length]);
        form.setEducation(EDUCATIONS[i % EDUCATIONS.length]);
        form.setTitle(TITLES[i % TITLES.length]);
        form.setSchool(SCHOOLS[i % SCHOOLS.length]);
        form.setPost(person.position() == null ? null : switch (person.position()) {
            case "SECTION_CHIEF" -> "科长";
            case "OFFICE_DIRECTOR" -> "办公室主任";
            case "CONFIDENTIAL_SECRETARY" -> "机要秘书";
            default -> "一级科员";
        });
        form.setPhone(person.mobile());
        form.setSalary(new BigDecimal(5200 + (i * 373) % 4800).setScale(2));
        int start = Math.max(born.getYear() + 22, 1990);
        List<PersonnelForm.Period> periods = new ArrayList<>();
        periods.add(new PersonnelForm.Period(start + "-07", (start + 6) + "-06", "北湖区财政局", "科员"));
        periods.add(new PersonnelForm.Period((start + 6) + "-07", null, "市财政局", form.getPost()));
        form.setWorkHistory(periods);
        return form;
    }
}
