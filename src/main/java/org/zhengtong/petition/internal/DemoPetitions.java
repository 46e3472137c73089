package org.zhengtong.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.Sequences;
import org.zhengtong.platform.WorkingDays;

/**
 * The demo city's 信访: 市信访局 (its office director {@code xfj.office} is the 信访 office, its head {@code xfj.head}
 * instructs; 市住建局's {@code zjj.office} and 北湖区人民政府's {@code bhq.office} handle what is handed to them) has a
 * letter waiting for 拟办 today from a petitioner who twice before petitioned on the same matter (both cases 办结),
 * complaining about 市城市管理局. Only with {@code zhengtong.demo=true}; once the demo city is loaded and the processes
 * are deployed (on the ready event, before the application turns ready); nothing twice.
 */
@Component
class DemoPetitions {

    private static final Logger log = LoggerFactory.getLogger(DemoPetitions.class);
    static final String UNIT = "xfj";
    static final String OFFICE = "xfj.office";
    /** A made-up 身份证号码 with a valid check character (郴州市北湖区, born 1968-05-12). */
    static final String ID_NUMBER = "431002196805121215";

    private final PetitionRepository petitions;
    private final PetitionService service;
    private final OrgDirectory directory;
    private final WorkingDays workingDays;
    private final Sequences sequences;
    private final PetitionProperties properties;
    private final Clock clock;
    private final ApplicationArguments args;
    private final PlatformProperties platform;

    DemoPetitions(PetitionRepository petitions, PetitionService service, OrgDirectory directory,
                  WorkingDays workingDays, Sequences sequences, PetitionProperties properties, Clock clock,
                  PlatformProperties platform, ApplicationArguments args) {
        this.petitions = petitions;
        this.service = service;
        this.directory = directory;
        this.workingDays = workingDays;
        this.sequences = sequences;
        this.properties = properties;
        this.clock = clock;
        this.args = args;
        this.platform = platform;
    }

    /** After the workflow's deployment of the processes (order -10). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void load() {
        if (!platform.loadsDemo(args)) {
            return;
        }
        OrgDirectory.UnitRef unit = directory.units().stream().filter(u -> UNIT.equals(u.code())).findFirst()
                .orElse(null);
        OrgDirectory.UnitRef complained = directory.units().stream().filter(u -> "cgj".equals(u.code())).findFirst()
                .orElse(null);
        if (unit == null || complained == null || directory.person(OFFICE).isEmpty()
                || petitions.existsByUnitId(unit.id())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        String summary = "北湖区人民路工地夜间施工噪声扰民";
        String content = "人民路与燕泉路交叉口的建筑工地长期在夜间施工，噪声很大，严重影响周边居民休息。"
                + "此前已两次反映，城管执法人员到场后仍未停止，请求依法处理。";
        for (int daysAgo : List.of(120, 60)) {
            LocalDate received = today.minusDays(daysAgo);
            Petition earlier = petition(unit.id(), received, summary, content, List.of(), 0);
            LocalDate accepted = workingDays.plusWorkingDays(received, 3);
            earlier.accepted(accepted, workingDays.plusWorkingDays(accepted, properties.handleDays()));
            earlier.draftReply("经市城市管理局调查，已责令施工单位调整作业时间，夜间不得施工。");
            earlier.replied(workingDays.plusWorkingDays(accepted, 20));
            earlier.closed(Satisfaction.BASICALLY_SATISFIED, workingDays.plusWorkingDays(accepted, 25));
            service.changed(earlier);
        }
        Petition waiting = petition(unit.id(), today, summary, content + "（第三次反映）", List.of(complained.id()), 2);
        service.start(waiting);
        service.changed(waiting);
        log.info("demo city: 3 petitions of 市信访局, one waiting for 拟办 by {}", OFFICE);
    }

    private Petition petition(long unitId, LocalDate received, String summary, String content,
                              List<Long> complainedUnits, int earlier) {
        Registration registration = new Registration(Channel.LETTER, false, 1, "张建国", ID_NUMBER, "13907351234",
                "郴州市北湖区人民路18号", "URBAN", summary, content, "某建筑工程有限公司", complainedUnits, received,
                ReviewLevel.FIRST, null);
        String number = "信访" + received.getYear() + "-"
                + String.format("%04d", sequences.next(PetitionService.SEQUENCE, unitId + "-" + received.getYear()));
        return petitions.saveAndFlush(new Petition(unitId, number, registration, OFFICE,
                received.atTime(9, 30).atZone(clock.getZone()).toInstant(), OFFICE,
                workingDays.plusWorkingDays(received, properties.acceptDays()), earlier));
    }
}
