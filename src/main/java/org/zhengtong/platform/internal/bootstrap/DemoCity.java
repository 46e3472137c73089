package org.zhengtong.platform.internal.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.internal.account.AccountForm;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.org.Department;
import org.zhengtong.platform.internal.org.DepartmentForm;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.platform.internal.org.Unit;
import org.zhengtong.platform.internal.org.UnitForm;
import org.zhengtong.platform.internal.org.UnitKind;
import org.zhengtong.platform.internal.security.SystemActor;

/**
 * The demo city: 市人民政府, 16 市直单位, two 区政府 with their own units; each unit with an office and business
 * departments, a head, two leaders in charge, an office director (who is the unit administrator), a confidential
 * secretary, section chiefs and clerks. Usernames are {@code <unit code>.<role>}; every password is
 * {@link #PASSWORD}. Two gaps are left on purpose so the missing-accounts page has something to show.
 */
@Service
class DemoCity {

    static final String PASSWORD = "Demo@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国志文斌浩宇欣怡晨阳海燕";

    private record UnitSpec(String name, String shortName, String code, UnitKind kind, String parentCode,
                            List<String> departments) {
    }

    private static final List<UnitSpec> UNITS = List.of(
            new UnitSpec("市人民政府", "市政府", "szf", UnitKind.CITY_GOVERNMENT, null, List.of()),
            new UnitSpec("市政府办公室", "市府办", "szfb", UnitKind.CITY_UNIT, "szf", List.of("秘书科", "综合科", "督查室", "机要科")),
            new UnitSpec("市发展和改革委员会", "市发改委", "fgw", UnitKind.CITY_UNIT, "szf", List.of("规划科", "投资科", "价格科")),
            new UnitSpec("市教育局", "市教育局", "jyj", UnitKind.CITY_UNIT, "szf", List.of("基础教育科", "职业教育科")),
            new UnitSpec("市公安局", "市公安局", "gaj", UnitKind.CITY_UNIT, "szf", List.of("指挥中心", "治安支队")),
            new UnitSpec("市民政局", "市民政局", "mzj", UnitKind.CITY_UNIT, "szf", List.of("社会救助科", "养老服务科")),
            new UnitSpec("市财政局", "市财政局", "czj", UnitKind.CITY_UNIT, "szf", List.of("预算科", "国库科", "资产管理科")),
            new UnitSpec("市人力资源和社会保障局", "市人社局", "rsj", UnitKind.CITY_UNIT, "szf", List.of("就业促进科", "社会保险科")),
            new UnitSpec("市自然资源和规划局", "市自然资源局", "zrzyj", UnitKind.CITY_UNIT, "szf", List.of("规划科", "耕地保护科")),
            new UnitSpec("市生态环境局", "市生态环境局", "sthjj", UnitKind.CITY_UNIT, "szf", List.of("大气环境科", "水生态环境科")),
            new UnitSpec("市住房和城乡建设局", "市住建局", "zjj", UnitKind.CITY_UNIT, "szf", List.of("建筑管理科", "房地产市场科", "城建科")),
            new UnitSpec("市交通运输局", "市交通局", "jtj", UnitKind.CITY_UNIT, "szf", List.of("综合运输科", "公路科")),
            new UnitSpec("市卫生健康委员会", "市卫健委", "wjw", UnitKind.CITY_UNIT, "szf", List.of("医政科", "疾病预防控制科")),
            new UnitSpec("市审计局", "市审计局", "sjj", UnitKind.CITY_UNIT, "szf", List.of("财政审计科", "经济责任审计科")),
            new UnitSpec("市机关事务管理局", "市机关事务局", "jgswj", UnitKind.CITY_UNIT, "szf", List.of("资产管理科", "公务用车科", "后勤保障科")),
            new UnitSpec("市信访局", "市信访局", "xfj", UnitKind.CITY_UNIT, "szf", List.of("接访科", "办信科")),
            new UnitSpec("市城市管理局", "市城管局", "cgj", UnitKind.CITY_UNIT, "szf", List.of("数字城管中心", "市容环卫科")),
            new UnitSpec("北湖区人民政府", "北湖区政府", "bhq", UnitKind.DISTRICT_GOVERNMENT, "szf", List.of()),
            new UnitSpec("北湖区政府办公室", "北湖区府办", "bhqb", UnitKind.DISTRICT_UNIT, "bhq", List.of("秘书科", "综合科")),
            new UnitSpec("北湖区财政局", "北湖区财政局", "bhczj", UnitKind.DISTRICT_UNIT, "bhq", List.of("预算股", "国库股")),
            new UnitSpec("苏仙区人民政府", "苏仙区政府", "sxq", UnitKind.DISTRICT_GOVERNMENT, "szf", List.of()),
            new UnitSpec("苏仙区政府办公室", "苏仙区府办", "sxqb", UnitKind.DISTRICT_UNIT, "sxq", List.of("秘书科", "信息科")));

    private final OrganizationService organization;
    private final AccountService accountService;
    private final PasswordEncoder passwordEncoder;
    private int nameSeed;

    DemoCity(OrganizationService organization, AccountService accountService, PasswordEncoder passwordEncoder) {
        this.organization = organization;
        this.accountService = accountService;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public void loadIfEmpty() {
        if (!organization.allUnits().isEmpty()) {
            return;
        }
        SystemActor.call(() -> {
            load();
            return null;
        });
    }

    private void load() {
        String passwordHash = passwordEncoder.encode(PASSWORD);
        Map<String, Unit> byCode = new LinkedHashMap<>();
        int sort = 0;
        int people = 0;
        for (UnitSpec spec : UNITS) {
            Unit parent = spec.parentCode() == null ? null : byCode.get(spec.parentCode());
            Unit unit = organization.createUnit(new UnitForm(spec.name(), spec.shortName(), spec.code(), spec.kind(),
                    parent == null ? null : parent.getId(), sort += 10));
            byCode.put(spec.code(), unit);
            people += staff(unit, spec, passwordHash);
        }
        log.warn("\n演示模式：已载入演示城市 {} 个单位、{} 名人员。所有演示账号密码均为 {}（三位管理员首次登录须修改）。",
                byCode.size(), people, PASSWORD);
    }

    /** Creates the unit's people and their accounts; returns how many people. */
    private int staff(Unit unit, UnitSpec spec, String passwordHash) {
        String code = spec.code();
        List<Person> created = new ArrayList<>();
        boolean government = spec.kind() == UnitKind.CITY_GOVERNMENT || spec.kind() == UnitKind.DISTRICT_GOVERNMENT;

        Person head = person(unit, null, Position.UNIT_HEAD, 1, Clearance.CORE);
        account(head, code + ".head", passwordHash, false);
        Person deputy1 = person(unit, null, Position.LEADER_IN_CHARGE, 2, Clearance.IMPORTANT);
        account(deputy1, code + ".deputy1", passwordHash, false);
        Person deputy2 = person(unit, null, Position.LEADER_IN_CHARGE, 3, Clearance.IMPORTANT);
        account(deputy2, code + ".deputy2", passwordHash, false);
        created.add(head);
        created.add(deputy1);
        created.add(deputy2);

        if (government) {
            // the government's own office lives in its 办公室 unit; here only the leaders and the secretary-general
            Person secretaryGeneral = person(unit, null, Position.OFFICE_DIRECTOR, 4, Clearance.IMPORTANT);
            account(secretaryGeneral, code + ".office", passwordHash, true);
            Person secretary = person(unit, null, Position.CONFIDENTIAL_SECRETARY, 5, Clearance.IMPORTANT);
            account(secretary, code + ".secretary", passwordHash, false);
            return created.size() + 2;
        }

        Department office = organization.createDepartment(new DepartmentForm(unit.getId(), "办公室", 1, null, null));
        Person director = person(unit, office, Position.OFFICE_DIRECTOR, 10, Clearance.GENERAL);
        account(director, code + ".office", passwordHash, true);
        Person secretary = person(unit, office, Position.CONFIDENTIAL_SECRETARY, 11, Clearance.IMPORTANT);
        // 市审计局 has not opened its secretary's account yet: shows on the missing-accounts page
        if (!code.equals("sjj")) {
            account(secretary, code + ".secretary", passwordHash, false);
        }
        Person officeClerk = person(unit, office, Position.CLERK, 12, Clearance.NONE);
        account(officeClerk, code + ".clerk", passwordHash, false);
        organization.updateDepartment(office.getId(),
                new DepartmentForm(unit.getId(), "办公室", 1, director.getId(), deputy1.getId()));
        created.add(director);
        created.add(secretary);
        created.add(officeClerk);

        int index = 1;
        for (String name : spec.departments()) {
            Department department = organization.createDepartment(
                    new DepartmentForm(unit.getId(), name, 1 + index, null, null));
            Person chief = person(unit, department, Position.SECTION_CHIEF, 20 + index * 3, Clearance.GENERAL);
            Person clerk1 = person(unit, department, Position.CLERK, 21 + index * 3, Clearance.NONE);
            Person clerk2 = person(unit, department, Position.CLERK, 22 + index * 3, Clearance.NONE);
            // 苏仙区政府办公室's 信息科 has no account yet: the other deliberate gap
            if (!(code.equals("sxqb") && name.equals("信息科"))) {
                account(chief, code + ".d" + index + ".chief", passwordHash, false);
                account(clerk1, code + ".d" + index + ".clerk1", passwordHash, false);
                account(clerk2, code + ".d" + index + ".clerk2", passwordHash, false);
            }
            Person leader = index % 2 == 1 ? deputy1 : deputy2;
            organization.updateDepartment(department.getId(),
                    new DepartmentForm(unit.getId(), name, 1 + index, chief.getId(), leader.getId()));
            created.add(chief);
            created.add(clerk1);
            created.add(clerk2);
            index++;
        }
        return created.size();
    }

    private Person person(Unit unit, Department department, Position position, int sortOrder, Clearance clearance) {
        int n = nameSeed;
        Person person = organization.createPerson(new PersonForm(unit.getId(),
                department == null ? null : department.getId(), nextName(), position,
                String.format("0735-22%05d", 10_000 + n), null, sortOrder, String.format("139%08d", 7_350_000 + n),
                String.format("%d楼%d室", 1 + n % 6, 201 + n % 30)));
        if (clearance != Clearance.NONE) {
            organization.setClearance(person.getId(), clearance);
        }
        return person;
    }

    private void account(Person person, String username, String passwordHash, boolean unitAdmin) {
        accountService.seed(new AccountForm(username, person.getId(), unitAdmin), passwordHash);
    }

    private String nextName() {
        int n = nameSeed++;
        char surname = SURNAMES.charAt((n * 7) % SURNAMES.length());
        char first = GIVEN.charAt((n * 13) % GIVEN.length());
        String name = "" + surname + first;
        // about half the names get a second given character, as Chinese names do
        return n % 2 == 0 ? name + GIVEN.charAt((n * 5 + 3) % GIVEN.length()) : name;
    }
}
