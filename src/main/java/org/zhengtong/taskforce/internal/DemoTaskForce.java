package org.zhengtong.taskforce.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.DemoAccounts;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.WorkingDays;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The demo city's 政府系统清理和处置非办公类资产工作协调推进小组, after the kind of notice that sets one up: 市政府's
 * secretary-general leads it, four deputies each oversee working groups, the office sits at 市财政局 (its deputy
 * director {@value #OFFICE_DIRECTOR} is the office's 主任), six working groups on the demo city's units, and four
 * tasks — one being handled with a progress report, one late, one waiting for acceptance, one accepted. 市政府办公室's
 * office director {@value #ADMIN} is the 专项工作管理员. People are the demo city's (its made-up names). Runs once the
 * processes are deployed, only with {@code zhengtong.demo=true}; nothing twice.
 */
@Component
class DemoTaskForce {

    static final String NAME = "市政府系统清理和处置非办公类资产工作协调推进小组";
    static final String ADMIN = "szfb.office";
    static final String OFFICE_DIRECTOR = "czj.deputy1";
    static final String BASIC_DATA_CONTACT = "czj.d3.clerk2";
    static final String LICENCE_CONTACT = "zrzyj.office";
    static final String STAFFING_CONTACT = "rsj.office";

    private static final Logger log = LoggerFactory.getLogger(DemoTaskForce.class);

    private final TaskForceRepository taskForces;
    private final TaskForceMemberRepository members;
    private final WorkingGroupRepository groups;
    private final GroupUnitRepository groupUnits;
    private final ProgressRepository progress;
    private final ProgressFileRepository files;
    private final AssignmentService assignments;
    private final TaskAssignmentRepository assignmentRepository;
    private final Workflow workflow;
    private final OrgDirectory directory;
    private final DemoAccounts accounts;
    private final WorkingDays workingDays;
    private final FileStore fileStore;
    private final Clock clock;
    private final ApplicationArguments args;
    private final PlatformProperties platform;

    DemoTaskForce(TaskForceRepository taskForces, TaskForceMemberRepository members, WorkingGroupRepository groups,
                  GroupUnitRepository groupUnits, ProgressRepository progress, ProgressFileRepository files,
                  AssignmentService assignments, TaskAssignmentRepository assignmentRepository, Workflow workflow,
                  OrgDirectory directory, DemoAccounts accounts, WorkingDays workingDays, FileStore fileStore,
                  Clock clock, ApplicationArguments args, PlatformProperties platform) {
        this.taskForces = taskForces;
        this.members = members;
        this.groups = groups;
        this.groupUnits = groupUnits;
        this.progress = progress;
        this.files = files;
        this.assignments = assignments;
        this.assignmentRepository = assignmentRepository;
        this.workflow = workflow;
        this.directory = directory;
        this.accounts = accounts;
        this.workingDays = workingDays;
        this.fileStore = fileStore;
        this.clock = clock;
        this.args = args;
        this.platform = platform;
    }

    /** After the workflow's deployment of the processes (order -10). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void load() {
        if (!platform.loadsDemo(args)
                || taskForces.existsByName(NAME) || directory.person(OFFICE_DIRECTOR).isEmpty()) {
            return;
        }
        accounts.grantBusinessRole(ADMIN, TaskForcePermissions.ADMIN_ROLE);
        TaskForce taskForce = new TaskForce(ADMIN, clock.instant());
        taskForce.describe(NAME, "市政办综〔2026〕27号", null,
                "统筹负责全市政府系统清理和处置非办公类资产工作，盘活政府系统非办公类资产，将更多公共资源配置到生产领域。",
                unit("czj"));
        taskForces.saveAndFlush(taskForce);
        long id = taskForce.getId();
        member(id, MemberRole.LEADER, "szf.office", "市政府秘书长");
        member(id, MemberRole.DEPUTY, "szf.deputy1", "市政府副秘书长");
        member(id, MemberRole.DEPUTY, "szf.deputy2", "市政府副秘书长");
        member(id, MemberRole.DEPUTY, "czj.head", "市财政局局长");
        member(id, MemberRole.DEPUTY, "jgswj.head", "市政府办公室副主任、市机关事务管理局局长");
        for (String[] m : new String[][] {{"czj.deputy1", "市财政局副局长"}, {"rsj.deputy1", "市人社局副局长"},
                {"rsj.deputy2", "市人社局副局长（市编委办工作）"}, {"zrzyj.deputy1", "市自然资源和规划局副局长"},
                {"zjj.deputy1", "市住房和城乡建设局副局长"}, {"sjj.deputy1", "市审计局副局长"},
                {"fgw.deputy1", "市发展和改革委员会副主任（投资促进）"}, {"czj.deputy2", "市财政局副局长（国有资产监管）"},
                {"mzj.deputy1", "市民政局副局长"}, {"jgswj.deputy1", "市机关事务管理局副局长"},
                {"szfb.deputy1", "市政府办公室副主任（法制、新闻）"}}) {
            member(id, MemberRole.MEMBER, m[0], m[1]);
        }
        member(id, MemberRole.OFFICE_DIRECTOR, OFFICE_DIRECTOR, "市财政局副局长（兼）");
        member(id, MemberRole.OFFICE_DEPUTY, "jgswj.deputy1", "市机关事务管理局副局长（兼）");
        member(id, MemberRole.OFFICE_DEPUTY, "czj.d3.chief", "市财政局资产管理科科长");
        member(id, MemberRole.OFFICE_STAFF, "czj.d3.clerk1", "市财政局资产管理科");

        WorkingGroup basicData = group(id, 1, "基础信息梳理组", "负责基础数据的统计、梳理和汇总工作", "czj.head",
                List.of("czj:" + BASIC_DATA_CONTACT, "jgswj:jgswj.d1.chief"), List.of());
        WorkingGroup classification = group(id, 2, "资产定性分类组", "负责资产处置分类意见审定工作", "jgswj.head",
                List.of("czj:" + BASIC_DATA_CONTACT, "jgswj:jgswj.d1.clerk1"), List.of());
        WorkingGroup licences = group(id, 3, "证照手续办理组", "负责协调补办资产证照手续等工作", "szf.deputy1",
                List.of("zrzyj:" + LICENCE_CONTACT, "zjj:zjj.d2.chief"), List.of());
        WorkingGroup staffing = group(id, 4, "人员安置政策组", "负责机构分类、认定、人员安置等政策界定工作", "czj.head",
                List.of("rsj:" + STAFFING_CONTACT), List.of());
        group(id, 5, "资产经营改革组", "负责上交归口资产的接收衔接和规范管理工作", "jgswj.head",
                List.of("czj:czj.office"), List.of("jgswj"));
        group(id, 6, "综合情况协调组", "按各自职能负责综合材料组织、监督抽查、招商推介、法律指导、新闻宣传等工作",
                "szf.deputy2", List.of("szfb:szfb.d2.chief", "czj:czj.office", "sjj:sjj.office",
                        "fgw:fgw.office", "mzj:mzj.office"), List.of());

        LocalDate today = LocalDate.now(clock);
        long handling = hand(taskForce, basicData, "汇总各单位非办公类资产基础数据",
                "各单位于期限内报送非办公类资产清单（房产、土地、车辆、经营性资产），汇总后形成全市基础数据台账。",
                workingDays.plusWorkingDays(today, 10));
        Progress report = progress.saveAndFlush(new Progress(handling, BASIC_DATA_CONTACT, 40,
                "已收到 11 个单位的资产清单，正在核对房产和土地数据。", clock.instant()));
        byte[] sheet = "单位,资产名称,类别,面积（平方米）\n市机关事务管理局,东风路门面房,房产,320\n"
                .getBytes(StandardCharsets.UTF_8);
        FileStore.StoredFile stored = fileStore.store(new ByteArrayInputStream(sheet));
        files.save(new ProgressFile(report.getId(), "基础数据汇总表（第一批）.csv", stored.key(), stored.sha256(),
                stored.size()));
        hand(taskForce, licences, "梳理无证资产清单并提出补办意见", "对缺少产权证照的资产逐项提出补办意见。",
                today.minusDays(3));
        long submitted = hand(taskForce, staffing, "起草人员安置政策界定意见", "明确机构分类、认定和人员安置的政策界限。",
                workingDays.plusWorkingDays(today, 5));
        finishHandling(submitted, "已起草《人员安置政策界定意见（征求意见稿）》，请审阅。");
        long accepted = hand(taskForce, classification, "审定第一批资产处置分类意见", null,
                workingDays.plusWorkingDays(today, 3));
        finishHandling(accepted, "第一批 26 项资产的处置分类意见已审定。");
        TaskAssignment done = assignmentRepository.findById(accepted).orElseThrow();
        TodoTask acceptance = openTask(done, AssignmentService.ACCEPT);
        workflow.complete(acceptance.taskId(), OFFICE_DIRECTOR, "验收通过。", Map.of());
        assignments.accept(done);
        log.info("demo city: {} with 6 working groups and 4 tasks, its office at 市财政局 ({})", NAME, OFFICE_DIRECTOR);
    }

    private long hand(TaskForce taskForce, WorkingGroup group, String title, String content, LocalDate due) {
        return assignments.hand(taskForce, new AssignmentForm(group.getId(), null, title, content, null, null), due,
                OFFICE_DIRECTOR);
    }

    private void finishHandling(long id, String report) {
        TaskAssignment assignment = assignmentRepository.findById(id).orElseThrow();
        workflow.complete(openTask(assignment, AssignmentService.HANDLE).taskId(), assignment.getHandler(), report,
                Map.of());
        assignments.submit(assignment, report);
    }

    private TodoTask openTask(TaskAssignment assignment, String activityId) {
        return workflow.openTasks(assignment.getProcessInstanceId()).stream()
                .filter(t -> activityId.equals(t.activityId())).findFirst().orElseThrow();
    }

    private void member(long taskForceId, MemberRole role, String username, String title) {
        directory.person(username).ifPresent(p -> members.save(new TaskForceMember(taskForceId, role, username, p.unitId(),
                title, (int) members.countByTaskForceId(taskForceId) + 1)));
    }

    /** A working group with its lead units ({@code code:contact}, in order) and member units (codes). */
    private WorkingGroup group(long taskForceId, int order, String name, String duty, String overseer,
                               List<String> leads, List<String> memberUnits) {
        WorkingGroup group = new WorkingGroup(taskForceId, order);
        group.describe(name, duty, overseer);
        groups.saveAndFlush(group);
        for (String lead : leads) {
            String contact = lead.substring(lead.indexOf(':') + 1);
            groupUnits.save(new GroupUnit(group.getId(), unit(lead.substring(0, lead.indexOf(':'))), true,
                    directory.person(contact).map(OrgDirectory.PersonRef::username).orElse(null)));
        }
        memberUnits.forEach(code -> groupUnits.save(new GroupUnit(group.getId(), unit(code), false, null)));
        groupUnits.flush();
        return group;
    }

    private long unit(String code) {
        return directory.units().stream().filter(u -> code.equals(u.code())).findFirst().orElseThrow().id();
    }
}
