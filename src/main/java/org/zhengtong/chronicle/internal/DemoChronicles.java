package org.zhengtong.chronicle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.DemoAccounts;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The demo city's 大事记 of 2026: 市财政局's office clerk {@value #CLERK} is its 大事记管理员 (with the office
 * director, a unit administrator); 市财政局 and 市政府办公室 have published entries — several about 城市更新 and its
 * 专项资金 — and 市政府办公室 has taken some into the city's chronicle; each unit's published year is offered to the
 * archive. Only with {@code zhengtong.demo=true};
 * nothing twice.
 */
@Component
@Order(61)
class DemoChronicles implements ApplicationRunner {

    static final String CLERK = "czj.clerk";

    private static final Logger log = LoggerFactory.getLogger(DemoChronicles.class);

    private record Item(String unit, String submitter, LocalDate date, Category category, String title, String text,
                        boolean city) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("czj", "czj.d1.clerk1", LocalDate.of(2026, 1, 8), Category.MEETING, "召开2026年全市财政工作会议",
                    "<p>会议总结2025年财政工作，部署2026年预算执行、城市更新专项资金保障等重点任务。</p>", false),
            new Item("czj", "czj.d1.clerk1", LocalDate.of(2026, 3, 16), Category.WORK,
                    "下达首批城市更新专项资金2.6亿元",
                    "<p>市财政局会同市住建局下达首批城市更新专项资金2.6亿元，支持老旧小区改造、背街小巷整治等32个项目。</p>",
                    true),
            new Item("czj", "czj.clerk", LocalDate.of(2026, 5, 20), Category.LEADER, "局长带队调研城市更新项目资金使用情况",
                    "<p>局长带队赴北湖区、苏仙区调研城市更新项目，要求专款专用、加快支出进度。</p>", false),
            new Item("czj", "czj.clerk", LocalDate.of(2026, 7, 2), Category.WORK, "出台《城市更新专项资金管理办法》",
                    "<p>经市政府同意，印发城市更新专项资金管理办法，明确资金分配、拨付和绩效评价要求。</p>", true),
            new Item("czj", "czj.clerk", LocalDate.of(2026, 9, 28), Category.HONOUR, "预算科获评全省财政系统先进集体",
                    "<p>预算科在全省财政工作考核中获评先进集体。</p>", false),
            new Item("szfb", "szfb.clerk", LocalDate.of(2026, 2, 10), Category.MEETING, "市政府召开城市更新工作推进会",
                    "<p>会议听取各区城市更新工作汇报，研究专项资金统筹使用和项目储备。</p>", true),
            new Item("szfb", "szfb.clerk", LocalDate.of(2026, 4, 15), Category.WORK, "市政府办公室开展政务信息系统安全检查",
                    "<p>对市直单位政务信息系统开展安全检查，督促整改问题23个。</p>", false),
            new Item("szfb", "szfb.clerk", LocalDate.of(2026, 10, 9), Category.LEADER, "市长调研城市更新重点项目",
                    "<p>市长一行实地调研城市更新重点项目建设进度，强调用好用活专项资金。</p>", true));

    private final ChronicleEntryRepository entries;
    private final ChronicleYearRepository years;
    private final ChronicleArchivable archivable;
    private final OrgDirectory directory;
    private final DemoAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoChronicles(ChronicleEntryRepository entries, ChronicleYearRepository years, ChronicleArchivable archivable,
                   OrgDirectory directory, DemoAccounts accounts,
                   ApplicationEventPublisher events, Clock clock, PlatformProperties platform) {
        this.entries = entries;
        this.years = years;
        this.archivable = archivable;
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args)) {
            return;
        }
        accounts.grantBusinessRole(CLERK, ChroniclePermissions.CLERK_ROLE);
        int created = 0;
        LocalDate today = LocalDate.now(clock);
        for (Item item : ITEMS) {
            OrgDirectory.UnitRef unit = directory.units().stream().filter(u -> u.code().equals(item.unit()))
                    .findFirst().orElse(null);
            OrgDirectory.PersonRef submitter = directory.person(item.submitter()).orElse(null);
            if (unit == null || submitter == null || item.date().isAfter(today)
                    || !entries.findByUnitIdAndEventDateBetweenOrderByEventDateAscIdAsc(unit.id(), item.date(),
                    item.date()).isEmpty()) {
                continue;
            }
            var at = item.date().plusDays(3).atTime(10, 0).atZone(zone()).toInstant();
            ChronicleEntry entry = new ChronicleEntry(unit.id(), submitter.departmentId(), submitter.username(), at);
            entry.describe(item.date(), item.title(), item.text(), item.category(), Classification.UNCLASSIFIED,
                    null, null, null);
            entry.approve(item.unit() + ".office", at);
            entry.publish(at);
            entry.includeInCity(item.city(), at);
            entries.save(entry);
            events.publishEvent(new IndexEntryChanged(ChronicleIndex.KIND, entry.getId()));
            if (years.findByUnitIdAndChronicleYear(unit.id(), item.date().getYear()).isEmpty()) {
                ChronicleYear year = years.saveAndFlush(new ChronicleYear(unit.id(), item.date().getYear(), at));
                events.publishEvent(archivable.offer(year));
            }
            created++;
        }
        if (created > 0) {
            log.info("demo city: {} chronicle entries of 市财政局 and 市政府办公室", created);
        }
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
