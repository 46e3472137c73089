package org.zhengtong.sharedfile.internal;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.TextPdf;

/**
 * 市财政局's library ({@value #UNIT}): 正规文件, 内部指南与问答 (read by the unit, 预算科 uploads), 文献资料 (read by the
 * unit) holding 《城市更新专项资金管理办法》 as a PDF whose text 综合检索 finds, and 会议纪要 (read by the unit, uploaded
 * by {@value #MINUTES_CLERK}). Its unit administrator {@code czj.office} manages them all. Only with
 * {@code zhengtong.demo=true}; nothing twice.
 */
@Component
@Order(62)
class DemoSharedFiles implements ApplicationRunner {

    static final String UNIT = "czj";
    static final String UPLOADER = "czj.d1.clerk1";
    static final String MINUTES_CLERK = "czj.clerk";
    static final String RULES_TITLE = "市财政局城市更新专项资金管理办法";

    private static final Logger log = LoggerFactory.getLogger(DemoSharedFiles.class);

    private final FolderRepository folders;
    private final FormalFiling formal;
    private final SharedFileService service;
    private final OrgDirectory directory;
    private final TextPdf pdf;
    private final PlatformProperties platform;
    private final Clock clock;

    DemoSharedFiles(FolderRepository folders, FormalFiling formal, SharedFileService service, OrgDirectory directory,
                    TextPdf pdf, PlatformProperties platform, Clock clock) {
        this.folders = folders;
        this.formal = formal;
        this.service = service;
        this.directory = directory;
        this.pdf = pdf;
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args)) {
            return;
        }
        directory.units().stream().filter(u -> UNIT.equals(u.code())).findFirst().ifPresent(unit -> {
            if (folders.findFirstByUnitIdAndParentIdIsNullAndCategory(unit.id(), Category.LITERATURE).isPresent()) {
                return;
            }
            String everyone = String.valueOf(unit.id());
            formal.formalRoot(unit.id());
            Folder guide = folder(unit.id(), "内部指南与问答", Category.GUIDE,
                    new Grant(Access.READ, Grant.Kind.UNIT, everyone));
            directory.person(UPLOADER).map(OrgDirectory.PersonRef::departmentId).ifPresent(department ->
                    guide.grant(new Grant(Access.UPLOAD, Grant.Kind.DEPARTMENT, String.valueOf(department))));
            folder(unit.id(), "会议纪要", Category.MINUTES, new Grant(Access.READ, Grant.Kind.UNIT, everyone),
                    new Grant(Access.UPLOAD, Grant.Kind.PERSON, MINUTES_CLERK));
            Folder literature = folder(unit.id(), "文献资料", Category.LITERATURE,
                    new Grant(Access.READ, Grant.Kind.UNIT, everyone));
            List<String> lines = List.of(
                    "第一条 为规范城市更新 专项资金管理，提高资金使用效益，制定本办法。",
                    "第二条 城市更新 专项资金用于老旧小区改造、街区更新和配套设施建设。",
                    "第三条 专项资金实行项目库管理，按年度预算安排，专款专用。",
                    "第四条 本办法自印发之日起施行。");
            service.keepPdf(literature, RULES_TITLE, Classification.UNCLASSIFIED, "czj.office", null, null,
                    RULES_TITLE + ".pdf", pdf.render(RULES_TITLE, lines), String.join("\n", lines));
            log.info("demo city: the shared files library of {}", unit.name());
        });
    }

    private Folder folder(long unitId, String name, Category category, Grant... grants) {
        Folder folder = new Folder(unitId, null, name, category, clock.instant());
        for (Grant grant : grants) {
            folder.grant(grant);
        }
        return folders.save(folder);
    }
}
