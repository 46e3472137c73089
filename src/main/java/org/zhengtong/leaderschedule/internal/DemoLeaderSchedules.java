package org.zhengtong.leaderschedule.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.Positions;

/**
 * The demo city's leaders' schedules: in every unit the 机要秘书 and the office director keep the schedules of the
 * head and the leaders in charge (for each leader who has no setting yet), and 市财政局's leaders have a few entries
 * this week (public, leaders-only, private) so its 领导活动安排表 is not empty. Runs after the demo city is loaded
 * (the platform's start-up runner has order 0) and before the application turns ready; only with
 * {@code zhengtong.demo=true}; nothing twice.
 */
@Component
@Order(30)
class DemoLeaderSchedules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLeaderSchedules.class);
    /** The unit whose week gets entries. */
    static final String UNIT = "czj";

    private final ScheduleGrantRepository grants;
    private final ScheduleEntryRepository entries;
    private final ScheduleRules rules;
    private final LeaderSchedules schedules;
    private final OrgDirectory directory;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoLeaderSchedules(ScheduleGrantRepository grants, ScheduleEntryRepository entries, ScheduleRules rules,
                        LeaderSchedules schedules, OrgDirectory directory, Clock clock,
                        PlatformProperties properties) {
        this.grants = grants;
        this.entries = entries;
        this.rules = rules;
        this.schedules = schedules;
        this.directory = directory;
        this.clock = clock;
        this.platform = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // not in the command-line modes that run instead of serving (administrator recovery, the to-do rebuild)
        if (!platform.loadsDemo(args)) {
            return;
        }
        int settings = 0;
        for (OrgDirectory.UnitRef unit : directory.units()) {
            settings += editors(unit.id());
        }
        int week = directory.units().stream().filter(u -> UNIT.equals(u.code())).findFirst()
                .map(u -> week(u.id())).orElse(0);
        if (settings + week > 0) {
            log.info("demo city: {} leaders' schedules kept by their secretaries and office directors, {} entries "
                    + "this week", settings, week);
        }
    }

    /** The secretaries and office directors of the unit as editors of each of its leaders without a setting. */
    private int editors(long unitId) {
        Set<String> editors = new LinkedHashSet<>();
        for (String position : List.of(Positions.CONFIDENTIAL_SECRETARY, Positions.OFFICE_DIRECTOR)) {
            directory.holders(unitId, position).stream().map(PersonRef::username)
                    .filter(u -> u != null && !u.isBlank()).forEach(editors::add);
        }
        if (editors.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (PersonRef leader : rules.leaders(unitId)) {
            if (leader.username() == null || !grants.findByLeaderOrderByIdAsc(leader.username()).isEmpty()) {
                continue;
            }
            editors.stream().filter(e -> !e.equals(leader.username()))
                    .forEach(e -> grants.save(new ScheduleGrant(unitId, leader.username(), e, GrantKind.EDITOR)));
            count++;
        }
        return count;
    }

    /** 市财政局's leaders' entries this week, unless the unit has some already. */
    private int week(long unitId) {
        LocalDate monday = Weeks.mondayOf(LocalDate.now(clock));
        if (!entries.inUnit(unitId, monday.atStartOfDay(), monday.plusDays(7).atStartOfDay()).isEmpty()) {
            return 0;
        }
        String head = UNIT + ".head";
        String deputy1 = UNIT + ".deputy1";
        String deputy2 = UNIT + ".deputy2";
        String secretary = UNIT + ".secretary";
        if (directory.person(head).isEmpty() || directory.person(secretary).isEmpty()) {
            return 0;
        }
        LocalDate tuesday = monday.plusDays(1);
        LocalDate wednesday = monday.plusDays(2);
        LocalDate thursday = monday.plusDays(3);
        LocalDate friday = monday.plusDays(4);
        List<EntryForm> forms = List.of(
                timed(head, monday.atTime(9, 0), monday.atTime(11, 30), "主持召开局党组会议", "局三楼会议室",
                        List.of(deputy1, deputy2), Visibility.PUBLIC),
                part(head, tuesday, DayPart.AFTERNOON, "赴北湖区调研财政资金直达惠企情况", "北湖区财政局",
                        List.of(UNIT + ".d1.chief"), Visibility.PUBLIC),
                timed(head, wednesday.atTime(15, 0), wednesday.atTime(16, 30), "研究2027年部门预算编制方案",
                        "局长办公室", List.of(deputy1), Visibility.LEADERS_ONLY),
                timed(head, thursday.atTime(8, 0), thursday.atTime(9, 30), "个人事务", null, List.of(),
                        Visibility.PRIVATE),
                part(deputy1, wednesday, DayPart.MORNING, "参加全市国库集中支付工作会议", "市政府二楼会议室",
                        List.of(UNIT + ".d2.chief"), Visibility.PUBLIC),
                timed(deputy2, thursday.atTime(14, 30), thursday.atTime(16, 0), "听取资产管理科工作汇报",
                        "局二楼会议室", List.of(UNIT + ".d3.chief"), Visibility.LEADERS_ONLY),
                allDay(deputy2, friday, "赴省财政厅汇报国有资产管理工作", "省财政厅", Visibility.PUBLIC));
        int count = 0;
        for (EntryForm form : forms) {
            if (directory.person(form.leader()).isPresent()) {
                schedules.createForDemo(secretary, form);
                count++;
            }
        }
        return count;
    }

    private EntryForm timed(String leader, LocalDateTime start, LocalDateTime end, String activity, String place,
                            List<String> companions, Visibility visibility) {
        return new EntryForm(leader, DayPart.TIMED, start, end, null, null, place, activity, known(companions), null,
                visibility, null);
    }

    private EntryForm part(String leader, LocalDate day, DayPart part, String activity, String place,
                           List<String> companions, Visibility visibility) {
        return new EntryForm(leader, part, null, null, day, null, place, activity, known(companions), null,
                visibility, null);
    }

    private EntryForm allDay(String leader, LocalDate day, String activity, String place, Visibility visibility) {
        return new EntryForm(leader, DayPart.ALL_DAY, null, null, day, null, place, activity, List.of(), null,
                visibility, null);
    }

    private List<String> known(List<String> usernames) {
        return usernames.stream().filter(u -> directory.person(u).isPresent()).toList();
    }
}
