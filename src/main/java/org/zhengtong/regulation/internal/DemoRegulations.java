package org.zhengtong.regulation.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.StoredFileRef;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The demo city's regulations and common information: 市政府办公室 ({@code szfb.office}) publishes 全市
 * 《市级城市更新专项资金管理办法》 (现行有效) that revised its 2023 version (已修订) and repealed an older 暂行办法
 * (已废止), a link to the city's portal, a guide and 电子公文交换客户端 in two versions (small installers); 市财政局
 * keeps two internal 规章制度 and its 常用电话, with {@code czj.secretary} as 制度管理员 beside its office. Only with
 * {@code zhengtong.demo=true}; nothing twice; every entry announced to 综合检索 as the services do.
 */
@Component
@Order(62)
class DemoRegulations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegulations.class);
    static final String CITY_UNIT = "szfb";
    static final String FINANCE_UNIT = "czj";
    static final String MANAGER = "czj.secretary";
    static final String CITY_MANAGER = "szfb.office";
    static final String FINANCE_MANAGER = "czj.office";

    private final RegulationRepository regulations;
    private final CommonInfoRepository infos;
    private final SoftwareRepository software;
    private final SoftwareVersionRepository versions;
    private final FileStore files;
    private final OrgDirectory directory;
    private final DemoAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoRegulations(RegulationRepository regulations, CommonInfoRepository infos, SoftwareRepository software,
                    SoftwareVersionRepository versions, FileStore files, OrgDirectory directory,
                    DemoAccounts accounts, ApplicationEventPublisher events, Clock clock,
                    PlatformProperties platform) {
        this.regulations = regulations;
        this.infos = infos;
        this.software = software;
        this.versions = versions;
        this.files = files;
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!platform.loadsDemo(args) || regulations.count() > 0) {
            return;
        }
        Long city = unitId(CITY_UNIT);
        Long finance = unitId(FINANCE_UNIT);
        if (city == null || finance == null) {
            return;
        }
        accounts.grantBusinessRole(MANAGER, RegulationPermissions.MANAGER_ROLE);
        int year = LocalDate.now(clock).getYear();
        Regulation interim = regulation(city, CITY_MANAGER, policy("市级财政专项资金管理暂行办法", "市政办发〔2019〕8号",
                LocalDate.of(2019, 3, 1), "<p>为规范市级财政专项资金管理，制定本办法。</p>"));
        Regulation old = regulation(city, CITY_MANAGER, policy("市级城市更新专项资金管理办法",
                "市政办发〔2023〕15号", LocalDate.of(2023, 5, 10),
                "<p>第一条 为加强城市更新专项资金管理，提高资金使用效益，制定本办法。</p>"
                        + "<p>第二条 专项资金用于老旧小区改造和基础设施更新。</p>"));
        Regulation current = regulation(city, CITY_MANAGER, policy("市级城市更新专项资金管理办法",
                "市政办发〔" + (year - 1) + "〕12号", LocalDate.of(year - 1, 6, 1),
                "<p>第一条 为加强和规范市级城市更新专项资金管理，提高资金使用效益，根据《中华人民共和国预算法》"
                        + "等规定，制定本办法。</p><p>第二条 城市更新专项资金由市财政局会同市住房城乡建设局管理，"
                        + "用于老旧小区改造、历史街区保护和城市基础设施更新。</p>"
                        + "<p>第三条 专项资金实行项目库管理，绩效评价结果作为下年度安排资金的依据。</p>"));
        current.revises(old);
        interim.repealedBy(current.getId(), current.getIssuedOn(), clock.instant());
        regulation(finance, FINANCE_MANAGER, internal("市财政局公文处理办法", "财办〔" + (year - 1) + "〕3号",
                LocalDate.of(year - 1, 2, 20), "<p>第一条 为规范本局公文处理工作，根据《党政机关公文处理工作条例》，"
                        + "制定本办法。</p><p>第二条 办公室负责本局公文的收发、登记、分办和督办。</p>"));
        regulation(finance, FINANCE_MANAGER, internal("市财政局差旅费报销规定", "财办〔" + year + "〕1号",
                LocalDate.of(year, 1, 5), "<p>出差人员应在返回后十个工作日内办理报销，超出标准部分由个人承担。</p>"));
        regulations.flush();
        for (Regulation r : regulations.findAll()) {
            events.publishEvent(new IndexEntryChanged(RegulationIndex.KIND, r.getId()));
        }

        info(finance, FINANCE_MANAGER, new CommonInfoForm(InfoCategory.PHONE, Scope.UNIT, "局办公室值班电话", null,
                "0731-88886001（工作日 8:30—17:30），夜间 0731-88886000"));
        info(finance, FINANCE_MANAGER, new CommonInfoForm(InfoCategory.PHONE, Scope.UNIT, "信息中心（网络报修）",
                null, "0731-88886088"));
        info(city, CITY_MANAGER, new CommonInfoForm(InfoCategory.LINK, Scope.CITY, "市人民政府门户网站",
                "https://www.example.gov.cn/", "政务公开、政策文件、办事服务"));
        info(city, CITY_MANAGER, new CommonInfoForm(InfoCategory.GUIDE, Scope.CITY, "因公临时出国（境）审批办事指南",
                null, "提前30日向市外事办报送申请表、邀请函和出访计划，经分管市领导审批。"));

        Software client = new Software(city, CITY_MANAGER, clock.instant());
        client.describe(new SoftwareForm("电子公文交换客户端", "Windows", Scope.CITY,
                "与省电子公文交换系统对接的收发客户端，安装后用单位证书登录。", "3.2.0", null));
        software.save(client);
        installer(client, "3.2.0", "首个版本。");
        installer(client, "3.2.1", "修复大附件上传中断的问题；支持 OFD 版式文件预览。");
        log.info("demo city: regulations, common information and software for {} and {}", CITY_UNIT, FINANCE_UNIT);
    }

    private Long unitId(String code) {
        return directory.units().stream().filter(u -> code.equals(u.code())).findFirst().map(u -> u.id())
                .orElse(null);
    }

    private static RegulationForm policy(String title, String number, LocalDate issued, String body) {
        return new RegulationForm(RegulationKind.POLICY, Scope.CITY, title, "市人民政府办公室", number, issued,
                issued.plusDays(30), null, body, Classification.UNCLASSIFIED);
    }

    private static RegulationForm internal(String title, String number, LocalDate issued, String body) {
        return new RegulationForm(RegulationKind.INTERNAL, Scope.UNIT, title, "市财政局", number, issued, issued,
                null, body, Classification.UNCLASSIFIED);
    }

    private Regulation regulation(long unitId, String by, RegulationForm form) {
        Regulation r = new Regulation(unitId, by, clock.instant());
        r.describe(form, form.scope(), form.body(), clock.instant());
        return regulations.save(r);
    }

    private void info(long unitId, String by, CommonInfoForm form) {
        CommonInfo info = new CommonInfo(unitId, by, clock.instant());
        info.describe(form, form.url());
        infos.save(info);
        events.publishEvent(new IndexEntryChanged(CommonInfoIndex.KIND, info.getId()));
    }

    /** A tiny stand-in installer (a PE header and a line of text). */
    private void installer(Software s, String version, String notes) {
        byte[] content = ("MZ demo installer of " + s.getName() + " " + version).getBytes(StandardCharsets.UTF_8);
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(content));
        versions.save(new SoftwareVersion(s.getId(), version, notes,
                new StoredFileRef("gwjh-setup-" + version + ".exe", stored), CITY_MANAGER, clock.instant()));
    }
}
