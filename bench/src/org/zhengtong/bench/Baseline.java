package org.zhengtong.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.ZhengTongApplication;
import org.zhengtong.platform.OrgDirectory;

/**
 * The same work as the load scenarios, done directly on the engine and the database inside one JVM with the
 * application's own connection pool, so the scenarios can be read as a ratio to it:
 * <pre>
 *   todo-query USER THREADS SECONDS   Flowable TaskService: the user's assigned and candidate tasks with local variables
 *   todo-sql USER THREADS SECONDS     the raw SQL of a to-do list: open tasks of the user with their documents
 *   todo-table USER THREADS SECONDS   what a to-do page asks the to-do table (ADR 10): first page, size, badges, filters
 *   history UNITS FINISHED THREADS SECONDS   a finished document's row, historic process, tasks and comments
 *   complete USERS THREADS [SKIP]     TaskService: comment and complete every open task of the users (comma-separated),
 *                                     but those at the steps named in SKIP (comma-separated, e.g. 用印,分发)
 *   search INDEX USER THREADS SECONDS plain Lucene on the application's index directory (opened read-only beside it):
 *                                     the words of bench/wrk/search.lua, every word in title or text, the unit
 *                                     administrator USER's reader tokens and clearance as filters, the first 20 hits
 *                                     with their stored fields; no highlighting and no owner's confirmation
 * </pre>
 * Prints "RESULT name requests/s p50 p95 p99 errors requests" like bench/wrk/common.lua.
 */
public final class Baseline {

    private final TaskService tasks;
    private final HistoryService history;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final OrgDirectory org;

    Baseline(ConfigurableApplicationContext context) {
        tasks = context.getBean(TaskService.class);
        history = context.getBean(HistoryService.class);
        jdbc = context.getBean(JdbcTemplate.class);
        tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        org = context.getBean(OrgDirectory.class);
    }

    public static void main(String[] args) throws Exception {
        List<String> springArgs = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? springArgs : commands).add(arg);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengTongApplication.class)
                .properties("server.port=0", "zhengtong.supervision.cron=-", "spring.main.banner-mode=off")
                .run(springArgs.toArray(String[]::new));
        int exit = 0;
        try {
            Baseline baseline = new Baseline(context);
            // several runs separated by ";"
            List<List<String>> runs = new ArrayList<>();
            runs.add(new ArrayList<>());
            for (String c : commands) {
                if (c.equals(";")) {
                    runs.add(new ArrayList<>());
                } else {
                    runs.get(runs.size() - 1).add(c);
                }
            }
            for (List<String> run : runs) {
                if (!run.isEmpty()) {
                    baseline.run(run);
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            context.close();
        }
        System.exit(exit);
    }

    void run(List<String> a) throws Exception {
        switch (a.get(0)) {
            case "todo-query" -> timed("baseline-todo-query-" + a.get(2), Integer.parseInt(a.get(2)),
                    Integer.parseInt(a.get(3)), () -> tasks.createTaskQuery().taskCandidateOrAssigned(a.get(1))
                            .includeTaskLocalVariables().list().size());
            case "todo-sql" -> timed("baseline-todo-sql-" + a.get(2), Integer.parseInt(a.get(2)),
                    Integer.parseInt(a.get(3)), () -> jdbc.queryForList(TODO_SQL, a.get(1), a.get(1)).size());
            case "todo-table" -> timed("baseline-todo-table-" + a.get(2), Integer.parseInt(a.get(2)),
                    Integer.parseInt(a.get(3)), () -> {
                        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
                        int n = jdbc.queryForList(TODO_TABLE_PAGE, a.get(1), now).size();
                        n += jdbc.queryForObject(TODO_TABLE_COUNT, Long.class, a.get(1)).intValue();
                        n += jdbc.queryForList(TODO_TABLE_BADGES, now, a.get(1)).size();
                        return n + jdbc.queryForList(TODO_TABLE_FILTERS, a.get(1)).size();
                    });
            case "history" -> {
                int units = Integer.parseInt(a.get(1));
                long finished = Long.parseLong(a.get(2));
                timed("baseline-history-" + a.get(3), Integer.parseInt(a.get(3)), Integer.parseInt(a.get(4)), () -> {
                    long id = 1 + ThreadLocalRandom.current().nextLong(finished);
                    Map<String, Object> doc = jdbc.queryForMap("select * from doc_document where id = ?", id);
                    String pid = (String) doc.get("process_instance_id");
                    history.createHistoricProcessInstanceQuery().processInstanceId(pid).singleResult();
                    int n = history.createHistoricTaskInstanceQuery().processInstanceId(pid).includeTaskLocalVariables()
                            .orderByHistoricTaskInstanceStartTime().asc().list().size();
                    n += tasks.getProcessInstanceComments(pid).size();
                    return n + units * 0;
                });
            }
            case "complete" -> complete(List.of(a.get(1).split(",")), Integer.parseInt(a.get(2)),
                    a.size() > 3 ? List.of(a.get(3).split(",")) : List.of());
            case "search" -> search(Path.of(a.get(1)), a.get(2), Integer.parseInt(a.get(3)), Integer.parseInt(a.get(4)));
            default -> throw new IllegalArgumentException(a.get(0));
        }
    }

    /** The words of bench/wrk/search.lua. */
    static final List<String> SEARCH_WORDS = List.of("预算调整", "供水管网", "防汛物资", "安全生产", "政府采购", "老旧小区改造",
            "公路养护", "学位保障", "养老服务", "营商环境", "绩效评价", "国有资产", "数字政府", "森林防火", "食品安全", "就业创业", "耕地保护",
            "信访积案", "公务用车", "垃圾分类", "历史文化街区", "招商引资", "节能降耗", "档案数字化");

    private void search(Path index, String username, int threads, int seconds) throws Exception {
        long unitId = org.person(username).orElseThrow().unitId();
        BooleanQuery.Builder tokens = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        for (String token : List.of("person:" + username, "unit:" + unitId, "role:UNIT_ADMIN",
                "role:UNIT_ADMIN@" + unitId)) {
            tokens.add(new TermQuery(new Term("reader", token)), BooleanClause.Occur.SHOULD);
        }
        Query readers = tokens.build();
        Query clearance = IntPoint.newRangeQuery("clearance", 0, 1);
        try (Analyzer analyzer = new SmartChineseAnalyzer();
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            timed("baseline-search-" + threads, threads, seconds, () -> {
                String text = SEARCH_WORDS.get(ThreadLocalRandom.current().nextInt(SEARCH_WORDS.size()));
                BooleanQuery.Builder query = new BooleanQuery.Builder()
                        .add(readers, BooleanClause.Occur.FILTER).add(clearance, BooleanClause.Occur.FILTER);
                try (TokenStream words = analyzer.tokenStream("text", text)) {
                    CharTermAttribute word = words.addAttribute(CharTermAttribute.class);
                    words.reset();
                    while (words.incrementToken()) {
                        query.add(new BooleanQuery.Builder()
                                .add(new BoostQuery(new TermQuery(new Term("title", word.toString())), 2f),
                                        BooleanClause.Occur.SHOULD)
                                .add(new TermQuery(new Term("text", word.toString())), BooleanClause.Occur.SHOULD)
                                .build(), BooleanClause.Occur.MUST);
                    }
                    words.end();
                }
                TopDocs top = searcher.search(query.build(), 20);
                int n = 0;
                for (ScoreDoc hit : top.scoreDocs) {
                    n += searcher.storedFields().document(hit.doc).get("title").length();
                }
                return n;
            });
        }
    }

    static final String TODO_SQL = "select t.id_, t.name_, t.task_def_key_, t.create_time_, t.due_date_, t.priority_,"
            + " d.id, d.title, d.document_number, d.doc_type, d.urgency, d.classification, d.unit_id, d.deadline"
            + " from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_"
            + " left join doc_document d on p.business_key_ like 'document:%'"
            + " and d.id = cast(substring(p.business_key_, 10) as bigint)"
            + " where t.assignee_ = ? or (t.assignee_ is null and exists (select 1 from act_ru_identitylink l"
            + " where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.user_id_ = ?))"
            + " order by t.priority_ desc, t.due_date_";

    /** The to-do page's queries (workflow's TodoTableQueries, pending tab, no filter, first page of 20). */
    static final String TODO_TABLE_OPEN = "select i.id as sort_id, i.task_id, i.process_instance_id, i.business_key,"
            + " i.step, i.candidate, i.delegated_from, i.added_signer_for, i.since, i.due, i.due_day, i.ended,"
            + " p.described, p.title, p.title_clearance, p.number, p.type, p.urgency, p.urgency_level,"
            + " p.classification, p.unit_name, p.deadline, p.link"
            + " from wf_todo_item i join wf_todo_process p on p.process_instance_id = i.process_instance_id"
            + " where i.username = ? and i.kind = 'OPEN' and (i.activity_id is null or i.activity_id <> 'circulate')";
    static final String TODO_TABLE_PAGE = "select * from (" + TODO_TABLE_OPEN + ") t"
            + " order by case when t.due < ? then 0 else 1 end, t.urgency_level desc, t.due asc nulls last,"
            + " t.since asc nulls last, t.sort_id asc limit 20 offset 0";
    static final String TODO_TABLE_COUNT = "select count(*) from (" + TODO_TABLE_OPEN + ") t";
    static final String TODO_TABLE_BADGES = "select"
            + " count(case when activity_id is null or activity_id <> 'circulate' then 1 end) as todo,"
            + " count(case when activity_id = 'circulate' then 1 end) as circulation,"
            + " count(case when due < ? then 1 end) as overdue from wf_todo_item where username = ? and kind = 'OPEN'";
    static final String TODO_TABLE_FILTERS = "select distinct t.type, t.urgency, t.urgency_level, t.unit_name from ("
            + TODO_TABLE_OPEN + ") t";

    private void complete(List<String> users, int threads, List<String> skip) throws Exception {
        ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>();
        List<Task> all = new ArrayList<>();
        for (String user : users) {
            all.addAll(tasks.createTaskQuery().taskAssignee(user).list().stream()
                    .filter(task -> !skip.contains(task.getName())).toList());
        }
        System.out.printf("baseline complete: %d tasks of %d people at %d threads%s%n", all.size(), users.size(),
                threads, skip.isEmpty() ? "" : " (without " + String.join(", ", skip) + ")");
        Collections.shuffle(all);
        queue.addAll(all);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(start(() -> {
                Task task;
                while ((task = queue.poll()) != null) {
                    Task current = task;
                    long t0 = System.nanoTime();
                    try {
                        tx.executeWithoutResult(status -> {
                            Authentication.setAuthenticatedUserId(current.getAssignee());
                            try {
                                tasks.addComment(current.getId(), current.getProcessInstanceId(), "opinion", "同意");
                                tasks.complete(current.getId());
                            } finally {
                                Authentication.setAuthenticatedUserId(null);
                            }
                        });
                        latencies.add(System.nanoTime() - t0);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        report("baseline-steps-" + threads, latencies, errors.get(), (System.nanoTime() - started) / 1e9);
    }

    private static Thread start(Runnable body) {
        Thread thread = new Thread(body);
        thread.start();
        return thread;
    }

    interface Work {
        int call() throws Exception;
    }

    private void timed(String name, int threads, int seconds, Work work) throws Exception {
        // warm-up
        long warm = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warm) {
            work.call();
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(start(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        work.call();
                        mine.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                latencies.addAll(mine);
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        report(name, latencies, errors.get(), (System.nanoTime() - started) / 1e9);
    }

    private static void report(String name, List<Long> latencies, long errors, double seconds) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("RESULT %s %.1f %.1f %.1f %.1f %d %d%n", name, sorted.size() / seconds, pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), errors, sorted.size());
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
