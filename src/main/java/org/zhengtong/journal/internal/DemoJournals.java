package org.zhengtong.journal.internal;

import java.time.Clock;
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
import org.zhengtong.platform.DemoAccounts;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The demo city's 电子刊物: 市政府办公室 edits 政务信息 (read by the whole city, every unit submits) and 工作简报 (read
 * by 市政府办公室 and 市财政局, submitted by 市财政局); its clerk {@value #EDITOR} is a 刊物编辑 (with the office
 * director, a unit administrator). 市财政局's clerk submitted two articles to 政务信息, both adopted: the one about
 * 城市更新 专项资金 is published in 第1期, the other waits for the next issue. Only with {@code zhengtong.demo=true};
 * nothing twice.
 */
@Component
@Order(62)
class DemoJournals implements ApplicationRunner {

    static final String EDITOR = "szfb.clerk";
    static final String AUTHOR = "czj.d1.clerk1";
    static final String GOVERNMENT = "政务信息";
    static final String BRIEFING = "工作简报";

    private static final Logger log = LoggerFactory.getLogger(DemoJournals.class);

    private final PublicationRepository publications;
    private final ArticleRepository articles;
    private final IssueRepository issues;
    private final JournalService service;
    private final OrgDirectory directory;
    private final DemoAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoJournals(PublicationRepository publications, ArticleRepository articles, IssueRepository issues,
                 JournalService service, OrgDirectory directory, DemoAccounts accounts,
                 ApplicationEventPublisher events, Clock clock, PlatformProperties platform) {
        this.publications = publications;
        this.articles = articles;
        this.issues = issues;
        this.service = service;
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
        accounts.grantBusinessRole(EDITOR, JournalPermissions.EDITOR_ROLE);
        Long office = unit("szfb");
        Long finance = unit("czj");
        OrgDirectory.PersonRef author = directory.person(AUTHOR).orElse(null);
        if (office == null || finance == null || author == null
                || publications.existsByUnitIdAndName(office, GOVERNMENT)) {
            return;
        }
        Publication government = publication(office, GOVERNMENT, 1, true, Set.of(), Set.of());
        publication(office, BRIEFING, 2, false, Set.of(finance), Set.of(finance));
        Article published = article(government, author, "市财政局全力保障城市更新专项资金",
                "<p>今年以来，市财政局统筹安排城市更新专项资金5.2亿元，已下达首批2.6亿元，支持老旧小区改造、背街小巷整治等32个项目。</p>"
                        + "<p>下一步将加强资金绩效评价，确保专款专用、早见实效。</p>");
        article(government, author, "市财政局推进预算绩效管理改革",
                "<p>市财政局将绩效目标编制范围扩大到全部市直部门项目支出，建立绩效评价结果与预算安排挂钩机制。</p>");
        Issue first = issues.save(new Issue(government.getId(), EDITOR, clock.instant()));
        published.placeIn(first.getId(), 1);
        first.classify(Classification.UNCLASSIFIED);
        articles.flush();
        service.publish(first, government, EDITOR);
        log.info("demo city: 电子刊物 政务信息 and 工作简报 of 市政府办公室, 政务信息 第1期 published");
    }

    private Long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).map(OrgDirectory.UnitRef::id)
                .findFirst().orElse(null);
    }

    private Publication publication(long unitId, String name, int order, boolean cityWide, Set<Long> audience,
                                    Set<Long> submitters) {
        Publication p = new Publication(unitId, clock.instant());
        p.describe(name, order, cityWide, audience, submitters);
        return publications.save(p);
    }

    private Article article(Publication p, OrgDirectory.PersonRef author, String title, String html) {
        Article a = new Article(p.getId(), author.unitId(), author.departmentId(), author.username(), clock.instant());
        a.describe(title, html, Classification.UNCLASSIFIED);
        a.decide(ArticleStatus.ADOPTED, EDITOR, clock.instant(), null);
        articles.save(a);
        events.publishEvent(new IndexEntryChanged(JournalIndex.KIND, a.getId()));
        return a;
    }
}
