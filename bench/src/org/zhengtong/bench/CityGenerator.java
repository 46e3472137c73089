package org.zhengtong.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhengtong.ZhengTongApplication;
import org.zhengtong.platform.internal.security.SystemActor;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * Fills an empty database with a city at scale (see bench/README.md): 50 units and 10,000 people with accounts,
 * then documents — the finished ones (most of them) written directly with JDBC batches together with the engine's
 * HISTORY rows, the in-progress ones started and advanced through the real engine (the Workflow API), so their
 * tasks are real. One busy person ({@value #BUSY}) gets 200 open tasks.
 *
 * <p>Arguments (Spring style): --zhengtong.bench.documents=1000000 (total), --zhengtong.bench.in-progress (default
 * 5%), --zhengtong.bench.units=50, --zhengtong.bench.people=10000, --zhengtong.bench.threads=3, plus the usual
 * --spring.datasource.url=... It refuses to run on a database that already has bench units.
 */
public final class CityGenerator {

    static final String PASSWORD = "Bench@2026";
    static final String BUSY = "u01.d1.chief";
    static final String[] STEPS = {"draft", "deptReview", "officeReview", "signOff", "numbering", "seal", "distribute"};
    static final String[] STEP_NAMES = {"拟稿", "部门审核", "办公室核稿", "领导签发", "编号登记", "用印", "分发"};
    static final String[] OPINIONS = {"请审核", "同意，请办公室核稿", "已核，请领导签发", "同意印发", "已编号", "已用印", "已分发"};
    static final String[] TYPES = {"REQUEST", "REPORT", "NOTICE", "OPINION", "LETTER", "REPLY", "CIRCULAR", "MINUTES"};
    static final String[] TYPE_NAMES = {"请示", "报告", "通知", "意见", "函", "批复", "通报", "纪要"};
    static final String[] TOPICS = {"2026年度预算调整", "城市供水管网改造", "防汛物资储备", "安全生产大检查", "政府采购目录调整",
            "老旧小区改造", "农村公路养护", "义务教育学位保障", "基层医疗机构建设", "养老服务体系建设", "生态环境保护督察整改",
            "优化营商环境", "财政资金绩效评价", "国有资产清查", "重大项目投资计划", "城市绿化养护经费", "数字政府建设",
            "冬季森林防火", "食品安全专项整治", "就业创业补贴发放", "耕地保护责任目标考核", "信访积案化解", "公务用车管理",
            "机关节能降耗", "档案数字化", "城乡低保标准提高", "交通拥堵治理", "垃圾分类推进", "历史文化街区保护", "招商引资"};
    static final String[] SENTENCES = {"根据上级有关文件精神，结合我市实际，现就有关事项{}如下。", "请各单位高度重视，加强组织领导，确保各项工作落到实处。",
            "经研究，拟对相关资金安排作适当调整，所需经费从年度预算中统筹解决。", "各地各部门要严格落实责任，建立工作台账，按月报送进展情况。",
            "妥否，请批示。", "特此报告。", "请于规定时间内将有关材料报送市政府办公室。", "对工作不力、造成严重后果的，将依法依规追究责任。",
            "此项工作涉及面广、政策性强，需要多部门协同配合。", "目前已完成前期调研和方案论证，具备实施条件。",
            "联系人：办公室，联系电话：0735-2222222。", "本通知自印发之日起施行。"};
    static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱".split("");
    static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国志文斌浩宇欣怡晨阳海燕".split("");

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Workflow workflow;
    private final PasswordEncoder passwordEncoder;
    private final boolean postgres;
    private final int units, peoplePerUnit, departments, threads;
    private final long documents, inProgress;
    private final String procDefId;
    private final List<UnitRef> unitRefs = new ArrayList<>();

    record UnitRef(long id, String code, String issuer, String head, String office, String secretary,
                   List<List<String>> clerksByDept, List<String> chiefs) {
    }

    CityGenerator(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.dataSource = context.getBean(DataSource.class);
        this.workflow = context.getBean(Workflow.class);
        this.passwordEncoder = context.getBean(PasswordEncoder.class);
        this.units = env.getProperty("zhengtong.bench.units", Integer.class, 50);
        int people = env.getProperty("zhengtong.bench.people", Integer.class, 10_000);
        this.departments = 8;
        this.peoplePerUnit = Math.max(6 + departments * 3, people / units);
        this.documents = env.getProperty("zhengtong.bench.documents", Long.class, 1_000_000L);
        this.inProgress = env.getProperty("zhengtong.bench.in-progress", Long.class, documents / 20);
        this.threads = env.getProperty("zhengtong.bench.threads", Integer.class, 3);
        try (Connection c = dataSource.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.procDefId = jdbc.queryForObject("select id_ from act_re_procdef where key_ = 'outgoing' order by version_ desc"
                + " fetch first 1 rows only", String.class);
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengTongApplication.class)
                .properties("server.port=0")
                .properties("zhengtong.supervision.cron=-", "zhengtong.demo=false", "spring.main.banner-mode=off")
                .run(args);
        System.out.printf("application context ready in %.1f s%n", seconds(started));
        int exit = 0;
        try {
            new CityGenerator(context).generate();
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            context.close();
        }
        System.out.printf("generation finished in %.1f s%n", seconds(started));
        System.exit(exit);
    }

    void generate() throws Exception {
        if (jdbc.queryForObject("select count(*) from org_unit where code like 'u%'", Long.class) > 0) {
            throw new IllegalStateException("this database already has a bench city; use a fresh one");
        }
        System.out.printf("generating on %s: %d units, %d people, %d documents (%d in progress), %d threads%n",
                postgres ? "PostgreSQL" : "H2", units, units * peoplePerUnit, documents, inProgress, threads);
        long t = System.nanoTime();
        organization();
        System.out.printf("organization: %d units, %d people and accounts in %.1f s%n", units, units * peoplePerUnit, seconds(t));
        t = System.nanoTime();
        finished(documents - inProgress);
        System.out.printf("finished documents: %d with history in %.1f s%n", documents - inProgress, seconds(t));
        if (postgres) {
            // statistics for the millions of history rows just written, before the engine queries them: without
            // (a server with autovacuum off) the planner walks ACT_HI_TASKINST's primary key for every
            // "tasks of this process" and the engine phase runs at ~1 document/s instead of ~20-60
            t = System.nanoTime();
            jdbc.execute("analyze");
            System.out.printf("analyze in %.1f s%n", seconds(t));
        }
        t = System.nanoTime();
        inProgress(inProgress);
        System.out.printf("in-progress documents: %d through the engine in %.1f s%n", inProgress, seconds(t));
        resetIdentity("doc_document");
        resetIdentity("doc_body_version");
        if (postgres) {
            t = System.nanoTime();
            jdbc.execute("analyze");
            System.out.printf("analyze in %.1f s%n", seconds(t));
        }
        System.out.println("busy person " + BUSY + " has " + jdbc.queryForObject(
                "select count(*) from act_ru_task where assignee_ = ?", Long.class, BUSY) + " open tasks; password " + PASSWORD);
    }

    // ---- organization ------------------------------------------------------------------------------------

    private void organization() throws SQLException {
        // bcrypt is slow on purpose: one hash for everybody
        String hash = passwordEncoder.encode(PASSWORD);
        long unitId = next("org_unit"), deptId = next("org_department"), personId = next("org_person"),
                accountId = next("sec_account");
        Long parent = jdbc.queryForList("select id from org_unit where parent_id is null", Long.class).stream().findFirst()
                .orElse(null);
        Timestamp now = Timestamp.from(Instant.now());
        int nameSeed = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (parent == null) {
                parent = unitId++;
                try (PreparedStatement ps = c.prepareStatement("insert into org_unit (id, parent_id, name, short_name, code,"
                        + " kind, sort_order) values (?, null, '压测市人民政府', '压测市政府', 'bench', 'CITY_GOVERNMENT', 0)")) {
                    ps.setLong(1, parent);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement unit = c.prepareStatement("insert into org_unit (id, parent_id, name, short_name, code, kind,"
                    + " sort_order) values (?, ?, ?, ?, ?, 'CITY_UNIT', ?)");
                 PreparedStatement dept = c.prepareStatement("insert into org_department (id, unit_id, name, sort_order,"
                         + " head_person_id, leader_person_id) values (?, ?, ?, ?, null, null)");
                 PreparedStatement deptLead = c.prepareStatement("update org_department set head_person_id = ?,"
                         + " leader_person_id = ? where id = ?");
                 PreparedStatement person = c.prepareStatement("insert into org_person (id, unit_id, department_id, name,"
                         + " position, clearance, sort_order) values (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement account = c.prepareStatement("insert into sec_account (id, username, person_id, unit_id,"
                         + " password_hash, must_change_password, password_changed_at, created_at) values (?, ?, ?, ?, ?,"
                         + " false, ?, ?)");
                 PreparedStatement role = c.prepareStatement("insert into sec_account_role (account_id, role_code) values (?, ?)");
                 PreparedStatement issuer = c.prepareStatement("insert into doc_issuer_code (code, unit_id) values (?, ?)")) {
                for (int u = 1; u <= units; u++) {
                    String code = String.format("u%02d", u);
                    long uid = unitId++;
                    unit.setLong(1, uid);
                    unit.setLong(2, parent);
                    unit.setString(3, "压测第" + u + "委办局");
                    unit.setString(4, "压测" + u + "局");
                    unit.setString(5, code);
                    unit.setInt(6, 100 + u);
                    unit.executeUpdate();
                    String issuerCode = "压" + u + "发";
                    issuer.setString(1, issuerCode);
                    issuer.setLong(2, uid);
                    issuer.executeUpdate();
                    long office = deptId++;
                    long[] depts = new long[departments];
                    dept.setLong(1, office); dept.setLong(2, uid); dept.setString(3, "办公室"); dept.setInt(4, 1);
                    dept.addBatch();
                    for (int d = 0; d < departments; d++) {
                        depts[d] = deptId++;
                        dept.setLong(1, depts[d]); dept.setLong(2, uid); dept.setString(3, "业务" + (d + 1) + "科");
                        dept.setInt(4, d + 2);
                        dept.addBatch();
                    }
                    dept.executeBatch();
                    // people: leaders, office, then each department's chief and clerks
                    List<String[]> staff = new ArrayList<>(); // username, position, clearance, dept index (-1 none, -2 office)
                    staff.add(new String[] {code + ".head", "UNIT_HEAD", "CORE", "-1"});
                    staff.add(new String[] {code + ".deputy1", "LEADER_IN_CHARGE", "IMPORTANT", "-1"});
                    staff.add(new String[] {code + ".deputy2", "LEADER_IN_CHARGE", "IMPORTANT", "-1"});
                    staff.add(new String[] {code + ".office", "OFFICE_DIRECTOR", "GENERAL", "-2"});
                    staff.add(new String[] {code + ".secretary", "CONFIDENTIAL_SECRETARY", "IMPORTANT", "-2"});
                    staff.add(new String[] {code + ".clerk", "CLERK", "NONE", "-2"});
                    int perDept = (peoplePerUnit - 6) / departments;
                    List<List<String>> clerks = new ArrayList<>();
                    List<String> chiefs = new ArrayList<>();
                    for (int d = 0; d < departments; d++) {
                        chiefs.add(code + ".d" + (d + 1) + ".chief");
                        staff.add(new String[] {code + ".d" + (d + 1) + ".chief", "SECTION_CHIEF", "GENERAL", "" + d});
                        List<String> list = new ArrayList<>();
                        for (int k = 1; k < perDept; k++) {
                            String username = code + ".d" + (d + 1) + ".c" + k;
                            list.add(username);
                            staff.add(new String[] {username, "CLERK", "NONE", "" + d});
                        }
                        clerks.add(list);
                    }
                    Map<String, Long> ids = new HashMap<>();
                    int sort = 0;
                    for (String[] s : staff) {
                        long pid = personId++;
                        ids.put(s[0], pid);
                        int d = Integer.parseInt(s[3]);
                        person.setLong(1, pid);
                        person.setLong(2, uid);
                        if (d == -1) {
                            person.setNull(3, java.sql.Types.BIGINT);
                        } else {
                            person.setLong(3, d == -2 ? office : depts[d]);
                        }
                        person.setString(4, name(nameSeed++));
                        person.setString(5, s[1]);
                        person.setString(6, s[2]);
                        person.setInt(7, sort++);
                        person.addBatch();
                        long aid = accountId++;
                        account.setLong(1, aid);
                        account.setString(2, s[0]);
                        account.setLong(3, pid);
                        account.setLong(4, uid);
                        account.setString(5, hash);
                        account.setTimestamp(6, now);
                        account.setTimestamp(7, now);
                        account.addBatch();
                        role.setLong(1, aid);
                        role.setString(2, "USER");
                        role.addBatch();
                        if (s[1].equals("OFFICE_DIRECTOR")) {
                            role.setLong(1, aid);
                            role.setString(2, "UNIT_ADMIN");
                            role.addBatch();
                        }
                    }
                    person.executeBatch();
                    account.executeBatch();
                    role.executeBatch();
                    deptLead.setLong(1, ids.get(code + ".office")); deptLead.setLong(2, ids.get(code + ".deputy1"));
                    deptLead.setLong(3, office);
                    deptLead.addBatch();
                    for (int d = 0; d < departments; d++) {
                        deptLead.setLong(1, ids.get(chiefs.get(d)));
                        deptLead.setLong(2, ids.get(code + (d % 2 == 0 ? ".deputy1" : ".deputy2")));
                        deptLead.setLong(3, depts[d]);
                        deptLead.addBatch();
                    }
                    deptLead.executeBatch();
                    unitRefs.add(new UnitRef(uid, code, issuerCode, code + ".head", code + ".office", code + ".secretary",
                            clerks, chiefs));
                }
            }
            c.commit();
        }
        for (String table : List.of("org_unit", "org_department", "org_person", "sec_account")) {
            resetIdentity(table);
        }
    }

    private static String name(int n) {
        String name = SURNAMES[(n * 7) % SURNAMES.length] + GIVEN[(n * 13) % GIVEN.length];
        return n % 2 == 0 ? name + GIVEN[(n * 5 + 3) % GIVEN.length] : name;
    }

    // ---- finished documents: JDBC batches with the engine's history --------------------------------------

    private void finished(long count) throws Exception {
        long firstId = next("doc_document");
        long firstVersion = next("doc_body_version");
        AtomicLong done = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long perThread = (count + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            long from = t * perThread;
            long to = Math.min(count, from + perThread);
            int thread = t;
            futures.add(pool.submit(() -> {
                writeFinished(firstId, firstVersion, from, to, thread, done, count, started);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private void writeFinished(long firstId, long firstVersion, long from, long to, int thread, AtomicLong done, long total,
                               long started) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Batch doc = new Batch(c, "insert into doc_document (id, direction, doc_type, title, issuer_code, number_year,"
                    + " number_serial, document_number, classification, secrecy_period, urgency, main_recipients,"
                    + " signer_username, signer_name, body_html, issue_date, unit_id, department_id, initiator,"
                    + " process_instance_id, status, sealed, created_at, finished_at, version)"
                    + " values (?, 'OUTGOING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, 'FINISHED', true, ?, ?, 0)");
            Batch body = new Batch(c, "insert into doc_body_version (id, document_id, version_no, html, author, step_name,"
                    + " created_at) values (?, ?, 1, ?, ?, '拟稿', ?)");
            Batch proc = new Batch(c, "insert into act_hi_procinst (id_, rev_, proc_inst_id_, business_key_, proc_def_id_,"
                    + " start_time_, end_time_, duration_, start_user_id_, start_act_id_, end_act_id_, tenant_id_)"
                    + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, 'start', 'end', '')");
            Batch task = new Batch(c, "insert into act_hi_taskinst (id_, rev_, proc_def_id_, task_def_key_, proc_inst_id_,"
                    + " execution_id_, state_, name_, assignee_, start_time_, end_time_, completed_by_, duration_, priority_,"
                    + " due_date_, tenant_id_, last_updated_time_) values (?, 1, ?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?, 50,"
                    + " ?, '', ?)");
            Batch act = new Batch(c, "insert into act_hi_actinst (id_, rev_, proc_def_id_, proc_inst_id_, execution_id_,"
                    + " act_id_, task_id_, act_name_, act_type_, assignee_, completed_by_, start_time_, end_time_,"
                    + " transaction_order_, duration_, tenant_id_) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, '')");
            Batch comment = new Batch(c, "insert into act_hi_comment (id_, type_, time_, user_id_, task_id_, proc_inst_id_,"
                    + " action_, message_, full_msg_) values (?, 'opinion', ?, ?, ?, ?, 'AddComment', ?, ?)");
            Batch link = new Batch(c, "insert into act_hi_identitylink (id_, type_, user_id_, create_time_, proc_inst_id_)"
                    + " values (?, 'starter', ?, ?, ?)");
            Map<String, Integer> serials = new HashMap<>();
            Instant end = Instant.parse("2025-12-31T08:00:00Z");
            long span = Duration.ofDays(3650).toSeconds();
            for (long n = from; n < to; n++) {
                SplittableRandom r = new SplittableRandom(n * 31 + 7);
                long id = firstId + n;
                UnitRef unit = unitRefs.get((int) (n % unitRefs.size()));
                int d = r.nextInt(departments);
                List<String> clerks = unit.clerksByDept().get(d);
                String initiator = clerks.get(r.nextInt(clerks.size()));
                String[] assignees = {initiator, unit.chiefs().get(d), unit.office(), unit.head(), unit.secretary(),
                        unit.secretary(), unit.secretary()};
                Instant start = end.minusSeconds((long) (span * ((double) n / Math.max(1, total))) + r.nextInt(86_400));
                int year = start.atOffset(ZoneOffset.ofHours(8)).getYear();
                // unique per 机关代字 and year across the writing threads
                int serial = serials.merge(unit.issuer() + year, 1, Integer::sum) * threads + thread;
                int type = r.nextInt(TYPES.length);
                String topic = TOPICS[r.nextInt(TOPICS.length)];
                String title = "关于" + topic + "的" + TYPE_NAMES[type];
                String html = body(r, topic, TYPE_NAMES[type]);
                boolean secret = r.nextInt(20) == 0;
                String pid = "h" + id;
                Instant[] times = new Instant[STEPS.length + 1];
                times[0] = start;
                for (int s = 1; s <= STEPS.length; s++) {
                    times[s] = times[s - 1].plusSeconds(600 + r.nextInt(86_400));
                }
                Instant finish = times[STEPS.length];
                doc.set(id, TYPES[type], title, unit.issuer(), year, serial,
                        unit.issuer() + "〔" + year + "〕" + serial + "号", secret ? "SECRET" : "UNCLASSIFIED",
                        secret ? "10年" : null, r.nextInt(10) == 0 ? "URGENT" : "NORMAL", String.valueOf(unitRefs.get(0).id()),
                        unit.head(), "单位负责人", html, java.sql.Date.valueOf(LocalDate.ofInstant(times[4], ZoneOffset.ofHours(8))),
                        unit.id(), initiator, pid, ts(start), ts(finish));
                body.set(firstVersion + n, id, html, initiator, ts(start));
                proc.set(pid, pid, "document:" + id, procDefId, ts(start), ts(finish),
                        Duration.between(start, finish).toMillis(), initiator);
                link.set(pid + "-s", initiator, ts(start), pid);
                act.set(pid + "-a0", procDefId, pid, pid, "start", null, "发起", "startEvent", null, null, ts(start),
                        ts(start), 0L);
                for (int s = 0; s < STEPS.length; s++) {
                    String taskId = pid + "-t" + s;
                    long duration = Duration.between(times[s], times[s + 1]).toMillis();
                    task.set(taskId, procDefId, STEPS[s], pid, pid, STEP_NAMES[s], assignees[s], ts(times[s]),
                            ts(times[s + 1]), assignees[s], duration, ts(times[s].plus(Duration.ofDays(3))), ts(times[s + 1]));
                    act.set(pid + "-a" + (s + 1), procDefId, pid, pid, STEPS[s], taskId, STEP_NAMES[s], "userTask",
                            assignees[s], assignees[s], ts(times[s]), ts(times[s + 1]), duration);
                    String opinion = OPINIONS[s];
                    comment.set(taskId + "-c", ts(times[s + 1]), assignees[s], taskId, pid, opinion,
                            opinion.getBytes(StandardCharsets.UTF_8));
                }
                act.set(pid + "-a9", procDefId, pid, pid, "end", null, "办结", "endEvent", null, null, ts(finish),
                        ts(finish), 0L);
                if (doc.size() >= 500) {
                    for (Batch b : List.of(doc, body, proc, link, task, act, comment)) {
                        b.flush();
                    }
                    c.commit();
                    long sum = done.addAndGet(500);
                    if (sum % 50_000 < 500) {
                        System.out.printf("  %d finished documents (%.0f/s)%n", sum, sum / seconds(started));
                    }
                }
            }
            for (Batch b : List.of(doc, body, proc, link, task, act, comment)) {
                b.flush();
            }
            c.commit();
        }
    }

    private static String body(SplittableRandom r, String topic, String typeName) {
        StringBuilder html = new StringBuilder("<p>关于").append(topic).append("有关事项的").append(typeName).append("</p>");
        int sentences = 4 + r.nextInt(6);
        for (int i = 0; i < sentences; i++) {
            String sentence = SENTENCES[r.nextInt(SENTENCES.length)].replace("{}", r.nextBoolean() ? "通知" : "报告");
            if (r.nextInt(3) == 0) {
                sentence = topic + "工作中，" + sentence;
            }
            html.append("<p>").append(sentence).append("</p>");
        }
        return html.toString();
    }

    // ---- in-progress documents: through the engine -------------------------------------------------------

    private void inProgress(long count) throws Exception {
        long firstId = next("doc_document");
        long firstVersion = next("doc_body_version");
        long busy = Math.min(200, count);
        AtomicLong done = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> SystemActor.call(() -> {
                for (long n = thread; n < count; n += threads) {
                    startOne(firstId + n, firstVersion + n, n, n < busy);
                    long sum = done.incrementAndGet();
                    if (sum % 2000 == 0) {
                        System.out.printf("  %d in-progress documents (%.0f/s)%n", sum, sum / seconds(started));
                    }
                }
                return null;
            })));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    /** Steps reached: weighted so single-holder roles (office, head, secretary) stay plausible. */
    private static final int[] STEP_WEIGHTS = {40, 25, 8, 8, 7, 6, 6};

    private void startOne(long id, long versionId, long n, boolean busy) {
        SplittableRandom r = new SplittableRandom(n * 17 + 3);
        UnitRef unit;
        int d;
        int step;
        if (busy) {
            unit = unitRefs.get(0);
            d = 0;
            step = 1;
        } else {
            step = pick(r);
            unit = unitRefs.get((int) (n % unitRefs.size()));
            d = r.nextInt(departments);
            if (unit == unitRefs.get(0) && d == 0 && step == 1) {
                d = 1; // the busy person's 200 are exact
            }
        }
        List<String> clerks = unit.clerksByDept().get(d);
        String initiator = clerks.get(r.nextInt(clerks.size()));
        String[] assignees = {initiator, unit.chiefs().get(d), unit.office(), unit.head(), unit.secretary(),
                unit.secretary(), unit.secretary()};
        int type = r.nextInt(TYPES.length);
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        String title = "关于" + topic + "的" + TYPE_NAMES[type];
        String html = body(r, topic, TYPE_NAMES[type]);
        Timestamp now = ts(Instant.now());
        jdbc.update("insert into doc_document (id, direction, doc_type, title, issuer_code, classification, urgency,"
                + " main_recipients, body_html, unit_id, initiator, status, sealed, created_at, version) values (?,"
                + " 'OUTGOING', ?, ?, ?, 'UNCLASSIFIED', 'NORMAL', ?, ?, ?, ?, 'IN_PROGRESS', false, ?, 0)",
                id, TYPES[type], title, unit.issuer(), String.valueOf(unitRefs.get(0).id()), html, unit.id(), initiator, now);
        jdbc.update("insert into doc_body_version (id, document_id, version_no, html, author, step_name, created_at)"
                + " values (?, ?, 1, ?, ?, '拟稿', ?)", versionId, id, html, initiator, now);
        Map<String, Object> variables = new HashMap<>();
        variables.put("stepDue", Duration.ofDays(3).toString());
        variables.put("classification", "UNCLASSIFIED");
        variables.put("urgency", "NORMAL");
        variables.put("documentType", TYPES[type]);
        variables.put("countersigners", List.of());
        variables.put("signer", unit.head());
        String pid = workflow.start("outgoing", "document:" + id, initiator, variables);
        for (int s = 0; s < step; s++) {
            List<TodoTask> open = workflow.openTasks(pid);
            workflow.complete(open.get(0).taskId(), assignees[s], OPINIONS[s], Map.of());
        }
        if (step > 4) {
            int year = 2026;
            int serial = 500_000 + (int) n;
            jdbc.update("update doc_document set process_instance_id = ?, number_year = ?, number_serial = ?,"
                    + " document_number = ?, signer_username = ?, issue_date = ?, sealed = ? where id = ?", pid, year, serial,
                    unit.issuer() + "〔" + year + "〕" + serial + "号", unit.head(), java.sql.Date.valueOf(LocalDate.now()),
                    step > 5, id);
        } else {
            jdbc.update("update doc_document set process_instance_id = ? where id = ?", pid, id);
        }
    }

    private static int pick(SplittableRandom r) {
        int x = r.nextInt(100);
        for (int s = 0; s < STEP_WEIGHTS.length; s++) {
            x -= STEP_WEIGHTS[s];
            if (x < 0) {
                return s;
            }
        }
        return 0;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private long next(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
    }

    private void resetIdentity(String table) {
        long next = next(table);
        if (postgres) {
            jdbc.queryForObject("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)", Long.class);
        } else {
            jdbc.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** A prepared statement filled row by row and sent in batches. */
    static final class Batch {
        private final PreparedStatement statement;
        private int size;

        Batch(Connection c, String sql) throws SQLException {
            this.statement = c.prepareStatement(sql);
        }

        void set(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.addBatch();
                size++;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        int size() {
            return size;
        }

        void flush() throws SQLException {
            if (size > 0) {
                statement.executeBatch();
                size = 0;
            }
        }
    }
}
