package org.zhengtong.meeting.internal;

import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;

/**
 * The demo city's meeting rooms: 市财政局 has 第一会议室 (booked at once), 第二会议室 (opened to 市审计局 too) and its
 * 报告厅, whose bookings wait for its keeper, the office director {@code czj.office}. Runs after the demo city is
 * loaded; only with {@code zhengtong.demo=true}; a room already there is left as it is.
 */
@Component
@Order(40)
class DemoMeetingRooms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetingRooms.class);
    static final String UNIT = "czj";
    static final String KEEPER = "czj.office";
    static final String OPENED_TO = "sjj";

    private final RoomRepository rooms;
    private final OrgDirectory directory;
    private final PlatformProperties platform;
    private final Clock clock;

    DemoMeetingRooms(RoomRepository rooms, OrgDirectory directory, PlatformProperties platform, Clock clock) {
        this.rooms = rooms;
        this.directory = directory;
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args)) {
            return;
        }
        Long unit = unitId(UNIT);
        if (unit == null) {
            return;
        }
        Long audit = unitId(OPENED_TO);
        int added = room(unit, "第一会议室", "主楼三楼", 30, "投影仪、话筒、视频会议终端", false, Set.of())
                + room(unit, "第二会议室", "主楼五楼", 12, "电视屏、白板", false, audit == null ? Set.of() : Set.of(audit))
                + room(unit, "报告厅", "综合楼一楼", 120, "音响、LED 大屏、同声传译", true, Set.of());
        if (added > 0) {
            log.info("demo city: {} meeting rooms for 市财政局", added);
        }
    }

    private int room(long unit, String name, String building, int capacity, String equipment, boolean needsApproval,
                     Set<Long> otherUnits) {
        if (rooms.findByUnitIdAndName(unit, name).isPresent()) {
            return 0;
        }
        MeetingRoom room = new MeetingRoom(unit, clock.instant());
        room.update(name, building, capacity, equipment, KEEPER, needsApproval, otherUnits, true);
        rooms.save(room);
        return 1;
    }

    private Long unitId(String code) {
        return directory.units().stream().filter(u -> code.equals(u.code())).map(OrgDirectory.UnitRef::id).findFirst()
                .orElse(null);
    }
}
