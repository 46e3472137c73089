package org.zhengtong.forum.internal;

import java.time.Clock;
import java.time.Instant;
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
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.RichText;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The demo city's forum: the city-wide board {@value #BOARD} moderated by {@value #MODERATOR} (市政府办公室), with a
 * thread of 市财政局's {@value #AUTHOR} about 城市更新专项资金 and replies of 市政府办公室 and 市财政局 people, one
 * quoting the opening post. Only with {@code zhengtong.demo=true}; nothing twice.
 */
@Component
@Order(62)
class DemoForum implements ApplicationRunner {

    static final String BOARD = "政务交流";
    static final String MODERATOR = "szfb.clerk";
    static final String AUTHOR = "czj.d1.clerk1";

    private static final Logger log = LoggerFactory.getLogger(DemoForum.class);

    private final ForumBoardRepository boards;
    private final ForumThreadRepository threads;
    private final ForumPostRepository posts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoForum(ForumBoardRepository boards, ForumThreadRepository threads, ForumPostRepository posts,
              ApplicationEventPublisher events, Clock clock, PlatformProperties platform) {
        this.boards = boards;
        this.threads = threads;
        this.posts = posts;
        this.events = events;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args) || boards.existsByName(BOARD)) {
            return;
        }
        Instant now = clock.instant();
        ForumBoard board = new ForumBoard(now.minus(10, ChronoUnit.DAYS));
        board.describe(BOARD, "全市政务工作交流，实名发言。", true, Set.of(), Set.of(MODERATOR, "szfb.office"), false);
        boards.save(board);
        Instant opened = now.minus(3, ChronoUnit.DAYS);
        ForumThread thread = threads.save(new ForumThread(board.getId(), "关于城市更新专项资金申报的几点疑问", AUTHOR,
                false, opened));
        ForumPost opening = posts.save(new ForumPost(thread.getId(), true, AUTHOR, false,
                "<p>各位同事：今年的城市更新 专项资金申报，老旧小区改造和街巷整治能否合并为一个项目申报？"
                        + "资金拨付是否按项目进度分期？</p>", opened));
        reply(thread, "szfb.clerk", "<p>可以合并申报，但需分别列明预算，市政府办公室将统一组织评审。</p>", opened, 2, null);
        reply(thread, "czj.d1.chief", "<p>资金按进度分期拨付：首期百分之四十，验收后拨付余款。</p>", opened, 5, opening);
        reply(thread, "czj.d1.clerk2", "<p>预算科将在下周发布申报模板，请关注。</p>", opened, 26, null);
        events.publishEvent(new IndexEntryChanged(ForumIndex.KIND, thread.getId()));
        log.info("demo city: forum board {} with one thread and 3 replies", BOARD);
    }

    private void reply(ForumThread thread, String author, String body, Instant opened, int hoursLater,
                       ForumPost quoted) {
        Instant at = opened.plus(hoursLater, ChronoUnit.HOURS);
        ForumPost reply = new ForumPost(thread.getId(), false, author, false, body, at);
        if (quoted != null) {
            reply.quote(quoted, RichText.text(quoted.getBody()));
        }
        posts.save(reply);
        thread.replied(at);
    }
}
