package org.zhengtong.notice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The demo city's notices: 市政府办公室 ({@value #UNIT}) keeps the columns 通知公告 (for the whole city) and 局内新闻
 * (for its own people); its office clerk {@value #PUBLISHER} publishes, its office director {@value #REVIEWER}
 * reviews. Four notices are already published — one 置顶, one expired (in the archive only). Only with
 * {@code zhengtong.demo=true}; nothing twice.
 */
@Component
@Order(60)
class DemoNotices implements ApplicationRunner {

    static final String UNIT = "szfb";
    static final String PUBLISHER = "szfb.clerk";
    static final String REVIEWER = "szfb.office";
    static final String CITY_COLUMN = "通知公告";
    static final String UNIT_COLUMN = "局内新闻";

    private static final Logger log = LoggerFactory.getLogger(DemoNotices.class);

    private final NoticeColumnRepository columns;
    private final NoticeRepository notices;
    private final OrgDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoNotices(NoticeColumnRepository columns, NoticeRepository notices, OrgDirectory directory,
                ApplicationEventPublisher events, Clock clock, PlatformProperties platform) {
        this.columns = columns;
        this.notices = notices;
        this.directory = directory;
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
        directory.units().stream().filter(u -> UNIT.equals(u.code())).findFirst().ifPresent(unit -> {
            if (!columns.findByUnitIdOrderBySortOrderAscIdAsc(unit.id()).isEmpty()) {
                return;
            }
            NoticeColumn city = column(unit.id(), CITY_COLUMN, 1, Audience.city());
            NoticeColumn own = column(unit.id(), UNIT_COLUMN, 2, Audience.unit(unit.id()));
            LocalDate today = LocalDate.now(clock);
            notice(city, "关于2027年元旦放假安排的通知",
                    "<p>各单位：</p><p>元旦放假1天，请各单位妥善安排值班和安全保卫等工作。</p>", 1, today.plusDays(5),
                    today.plusMonths(1));
            notice(city, "关于开展政务信息系统安全检查的通知",
                    "<p>请各单位于本月底前完成自查，并将自查报告报市政府办公室。</p>", 3, null, today.plusMonths(2));
            notice(city, "关于做好2027年城市更新专项资金项目申报工作的通知",
                    "<p>各单位：</p><p>请按照《城市更新专项资金管理办法》，于下月15日前报送2027年城市更新专项资金项目，"
                            + "材料报市财政局。</p>", 4, null, today.plusMonths(1));
            notice(city, "关于做好秋季防火工作的通知", "<p>请各单位落实防火责任。</p>", 60, null,
                    today.minusDays(20));
            notice(own, "办公室开展读书分享活动", "<p>办公室于本周五下午开展读书分享活动，欢迎参加。</p>", 2, null, null);
            log.info("demo city: 2 notice columns and 5 notices for {}", unit.name());
        });
    }

    private NoticeColumn column(long unitId, String name, int order, Audience audience) {
        NoticeColumn column = new NoticeColumn(unitId, clock.instant());
        column.describe(name, order, Set.of(new ColumnMember(ColumnMember.MemberRole.PUBLISHER, PUBLISHER),
                new ColumnMember(ColumnMember.MemberRole.REVIEWER, REVIEWER)), Set.of(audience));
        return columns.save(column);
    }

    private void notice(NoticeColumn column, String title, String body, int daysAgo, LocalDate topUntil,
                        LocalDate expiresOn) {
        Notice notice = new Notice(column, PUBLISHER, clock.instant().minus(daysAgo, ChronoUnit.DAYS));
        notice.describe(title, body, Classification.UNCLASSIFIED, topUntil, expiresOn);
        notice.publish(clock.instant().minus(daysAgo, ChronoUnit.DAYS));
        notices.save(notice);
        events.publishEvent(new IndexEntryChanged(NoticeIndex.KIND, notice.getId()));
    }
}
