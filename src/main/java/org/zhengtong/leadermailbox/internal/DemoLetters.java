package org.zhengtong.leadermailbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The demo city's 领导信箱 at 市财政局: its 局长 {@value #LEADER} names his 机要秘书 {@value #SECRETARY} to read his
 * letters; {@value #WRITER} of 预算科 has written to him twice (one answered), and an anonymous letter was answered by
 * the secretary — its writer reads the answer with the demo's published reply code {@value #DEMO_REPLY_CODE} (a real
 * one is random and shown once). Only with {@code zhengtong.demo=true}; nothing twice.
 */
@Component
@Order(60)
class DemoLetters implements ApplicationRunner {

    static final String LEADER = "czj.head";
    static final String SECRETARY = "czj.secretary";
    static final String WRITER = "czj.d1.clerk1";
    static final String DEMO_REPLY_CODE = "DEMO-LEAD-ERMA-ILBX";

    private static final Logger log = LoggerFactory.getLogger(DemoLetters.class);

    private final LetterRepository letters;
    private final LetterReaderRepository readers;
    private final OrgDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoLetters(LetterRepository letters, LetterReaderRepository readers, OrgDirectory directory,
                ApplicationEventPublisher events, Clock clock, PlatformProperties platform) {
        this.letters = letters;
        this.readers = readers;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args) || !letters.findByLeaderInOrderBySentAtDesc(List.of(LEADER)).isEmpty()) {
            return;
        }
        OrgDirectory.PersonRef leader = directory.person(LEADER).orElse(null);
        if (leader == null || directory.person(SECRETARY).isEmpty() || directory.person(WRITER).isEmpty()) {
            return;
        }
        readers.save(new LetterReader(LEADER, SECRETARY));
        Instant now = clock.instant();
        save(Letter.named(leader.unitId(), LEADER, WRITER, "关于完善预算科加班餐补的建议",
                "局长您好：\n预算编制期间预算科经常加班到晚上九点以后，建议参照办公室值班标准发放加班餐补，并在食堂留餐。",
                now.minus(2, ChronoUnit.DAYS)), null, null);
        save(Letter.named(leader.unitId(), LEADER, WRITER, "关于开放机关阅览室周末借阅的建议",
                "建议机关阅览室周六上午开放借阅，方便大家学习业务书籍。", now.minus(20, ChronoUnit.DAYS)),
                "感谢你的建议。办公室已安排自下月起每周六上午开放阅览室。", LEADER);
        save(Letter.anonymous(leader.unitId(), LEADER, LeaderMailboxService.hash(DEMO_REPLY_CODE),
                "关于食堂就餐排队时间过长的意见",
                "中午食堂只开两个窗口，排队常常超过二十分钟，建议高峰时段增开窗口。", now.minus(9, ChronoUnit.DAYS)),
                "已请机关服务中心自下周一起在十二点前后增开两个窗口，欢迎继续监督。", SECRETARY);
        log.info("demo city: 3 letters in the 领导信箱 of {}", leader.name());
    }

    private void save(Letter letter, String answer, String answeredBy) {
        if (answer != null) {
            letter.answer(answer, answeredBy, letter.getSentAt().plus(26, ChronoUnit.HOURS));
        }
        letters.save(letter);
        events.publishEvent(new IndexEntryChanged(LeaderMailboxIndex.KIND, letter.getId()));
    }
}
