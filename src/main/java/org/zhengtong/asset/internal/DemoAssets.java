package org.zhengtong.asset.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.DemoAccounts;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;

/**
 * The demo city's assets: 市住建局's office clerk ({@value #CLERK}) is its asset clerk (资产管理员); 市财政局's
 * 资产管理科 ({@value #OFFICE_CHIEF}, {@value #OFFICE_CLERK}) is the city's asset office (财政资产管理). 市住建局, 市财政局
 * and 市教育局 have a few cards (a building, a car, computers, furniture, books); 市审计局 and every other unit have
 * none, so the city view lists them as not registered. Only with {@code zhengtong.demo=true}; nothing twice.
 */
@Component
@Order(40)
class DemoAssets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssets.class);
    static final String CLERK = "zjj.clerk";
    static final String OFFICE_CHIEF = "czj.d3.chief";
    static final String OFFICE_CLERK = "czj.d3.clerk1";

    private record Item(String category, String name, String model, String value, LocalDate acquired, String serial) {
    }

    private final AssetRepository assets;
    private final AssetService service;
    private final DemoAccounts accounts;
    private final OrgDirectory directory;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoAssets(AssetRepository assets, AssetService service, DemoAccounts accounts, OrgDirectory directory,
               Clock clock, PlatformProperties properties) {
        this.assets = assets;
        this.service = service;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
        this.platform = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args)) {
            return;
        }
        accounts.grantBusinessRole(CLERK, AssetPermissions.CLERK_ROLE);
        accounts.grantBusinessRole(OFFICE_CHIEF, AssetPermissions.OFFICE_ROLE);
        accounts.grantBusinessRole(OFFICE_CLERK, AssetPermissions.OFFICE_ROLE);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Item>> byUnit = Map.of(
                "zjj", List.of(
                        new Item("A01010100", "住建局办公楼", "钢筋混凝土结构 6层", "18600000.00", LocalDate.of(2008, 9, 1), null),
                        new Item("A02030000", "公务用车", "大众帕萨特 1.4T", "189000.00", today.minusYears(3).withDayOfMonth(10), "LSVAM4187C2000001"),
                        new Item("A02010105", "台式计算机", "联想 启天M437", "5200.00", today.minusYears(2).withDayOfMonth(5), "DEMO-ZJJ-PC-0001"),
                        new Item("A02010108", "便携式计算机", "华为 MateBook 14", "6800.00", today.minusMonths(8).withDayOfMonth(3), "DEMO-ZJJ-NB-0001"),
                        new Item("A02021000", "打印机", "奔图 P3301DN", "1900.00", today.minusYears(1).withDayOfMonth(12), "DEMO-ZJJ-PR-0001"),
                        new Item("A05010502", "文件柜", "钢制四门", "1350.00", today.minusYears(5).withDayOfMonth(1), null),
                        new Item("A04000000", "城建档案汇编", "1949—2020", "32000.00", LocalDate.of(2021, 3, 1), null)),
                "czj", List.of(
                        new Item("A02010104", "服务器", "浪潮 NF5280M6", "68000.00", today.minusYears(2).withDayOfMonth(15), "DEMO-CZJ-SV-0001"),
                        new Item("A02010105", "台式计算机", "联想 启天M437", "5200.00", today.minusYears(1).withDayOfMonth(8), "DEMO-CZJ-PC-0001")),
                "jyj", List.of(
                        new Item("A02091001", "普通电视设备（电视机）", "海信 75寸", "7600.00", today.minusYears(4).withDayOfMonth(20), "DEMO-JYJ-TV-0001"),
                        new Item("A05010303", "会议椅", "网布", "12000.00", today.minusYears(6).withDayOfMonth(1), null)));
        int created = 0;
        for (Map.Entry<String, List<Item>> entry : byUnit.entrySet()) {
            OrgDirectory.UnitRef unit = directory.units().stream().filter(u -> u.code().equals(entry.getKey()))
                    .findFirst().orElse(null);
            if (unit == null || !assets.findByUnitIdOrderByNumber(unit.id()).isEmpty()) {
                continue;
            }
            String custodian = entry.getKey() + ".clerk";
            Long department = directory.departments(unit.id()).stream().findFirst()
                    .map(OrgDirectory.DepartmentRef::id).orElse(null);
            for (Item item : entry.getValue()) {
                AssetForm form = new AssetForm(item.category(), item.name(), item.model(), 1,
                        new BigDecimal(item.value()), Acquisition.PURCHASE, item.acquired(), Funding.FISCAL, department,
                        directory.person(custodian).isPresent() ? custodian : null, null, "办公", "办公楼", item.serial(),
                        null, null, null);
                Asset asset = new Asset(unit.id(), service.nextNumber(unit.id(), item.category()), form,
                        AssetStatus.IN_USE, custodian, Instant.now(clock));
                service.changed(assets.save(asset));
                created++;
            }
        }
        if (created > 0) {
            log.info("demo city: {} asset cards; {} keeps 市住建局's, 市财政局's 资产管理科 sees the city", created, CLERK);
        }
    }
}
