package org.zhengtong.platform.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.zhengtong.IntegrationTest;
import org.zhengtong.ZhengTongApplication;
import org.zhengtong.archive.ArchiveFixtures;
import org.zhengtong.archive.Retention;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Roles;
import org.zhengtong.platform.internal.LocalFileStore;
import org.zhengtong.platform.internal.SyncedFiles;
import org.zhengtong.platform.internal.audit.AuditVerifier;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.workflow.Workflow;

/**
 * The backup round trip: a city with a sealed, distributed and archived 公文 (attachment, sealed PDF and OFD, archive
 * files, audit records) is backed up, restored into a new database, file store and password file, and compared: every
 * table's rows, every file's checksum; the restored application's audit chain verifies, its rebuilt index finds the
 * document and the archive item, and the sealed PDF is still valid at {@code /verify}. Without the password file it
 * refuses to start. On H2 in the suite; on PostgreSQL (pg_dump/pg_restore) when the suite runs with -Ppostgres.
 */
@IntegrationTest
class BackupRestoreTest {

    /** Locked by the scheduled jobs, which may run while the test compares. */
    private static final Set<String> NOT_COMPARED = Set.of("shedlock");

    @Autowired BackupService backups;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired LocalFileStore store;
    @Autowired AuditVerifier auditVerifier;
    @Autowired DocumentService documentService;
    @Autowired ArchivingService archiving;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService accounts;
    @Autowired Workflow workflow;

    private final Path work = Path.of("target", "backup-test", UUID.randomUUID().toString()).toAbsolutePath();
    private Target target;

    @AfterEach
    void dropTheRestoredDatabase() {
        if (target != null) {
            target.drop();
        }
    }

    @Test
    void aRestoredCityHasEveryRowAndFileItsAuditChainAndItsSealedFilesStillValid() throws Exception {
        OfficialDocument sealed = sealedDistributedAndArchived();
        settle();
        BackupService.Made made = backups.create(work.resolve("backups"), "test");
        // read at once: the scheduled jobs keep running beside the test
        Map<String, List<String>> backedUp = rows(dataSource);
        target = Target.create(jdbc, work);

        assertThat(BackupCommands.runCommand(target.args("--restore=" + made.directory()))).isZero();

        assertSameRows(backedUp, target.dataSource(), made.id());
        List<String> keys = jdbc.queryForList("select storage_key from platform_file", String.class);
        assertThat(keys).contains(sealed.getSealedPdfKey(), sealed.getSealedOfdKey());
        for (String key : keys) {
            assertThat(SyncedFiles.sha256(target.files().resolve(key))).as(key)
                    .isEqualTo(SyncedFiles.sha256(store.resolve(key)));
        }

        Path missing = work.resolve("no-password-here");
        assertThatThrownBy(() -> start(target, missing).close())
                .as("without the seal-key password the restored installation does not start")
                .hasStackTraceContaining("不会生成新口令");
        assertThat(missing).as("and no new password is made up").doesNotExist();

        try (ConfigurableApplicationContext restored = start(target, target.passwordFile())) {
            AuditVerifier.Result chain = restored.getBean(AuditVerifier.class).verify();
            assertThat(chain.intact()).isTrue();
            assertThat(chain.checked()).isEqualTo(auditRecordsInBackup(target));

            FullTextSearch search = restored.getBean(FullTextSearch.class);
            FullTextSearch.Reader everyone = new FullTextSearch.Reader(Set.of(Readers.role(Roles.SYSTEM_ADMIN),
                    Readers.unit(sealed.getUnitId())), Clearance.CORE);
            assertThat(search.search(new FullTextSearch.Query("document", sealed.getTitle(), Set.of(), Map.of(),
                    everyone, 0, 5)).hits()).extracting(FullTextSearch.Hit::id).contains(sealed.getId());
            assertThat(search.search(new FullTextSearch.Query("archive", sealed.getTitle(), Set.of(), Map.of(),
                    everyone, 0, 5)).total()).isPositive();

            byte[] pdf = Files.readAllBytes(target.files().resolve(sealed.getSealedPdfKey()));
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) restored).apply(springSecurity())
                    .build();
            String page = mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "sealed.pdf",
                            "application/pdf", pdf)).with(csrf()))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            Element verdict = Jsoup.parse(page).selectFirst("#verify-verdict");
            assertThat(verdict).as(page).isNotNull();
            assertThat(verdict.hasClass("alert-success")).as(verdict.text()).isTrue();
        }
    }

    @Test
    void theCommandsRunAsProcessesAndARestoreRefusesAnInstallationThatIsNotEmpty() throws Exception {
        BackupService.Made made = backups.create(work.resolve("backups"), "test");
        target = Target.createForAnotherProcess(jdbc, work);

        Spawned restore = spawn("--restore=" + made.directory());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("恢复完成");

        Spawned again = spawn("--restore=" + made.directory());
        assertThat(again.exitCode()).as(again.output()).isEqualTo(2);
        assertThat(again.output()).contains("目标数据库不是空的");

        Spawned backup = spawn("--backup=" + work.resolve("second"));
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        try (var made2 = Files.list(work.resolve("second"))) {
            Path second = made2.findFirst().orElseThrow();
            assertThat(Manifest.read(second).problems(second)).isEmpty();
            assertThat(Manifest.read(second).sealKeyPassword()).isEqualTo(SealKeyPassword.IN_FILE);
        }
    }

    @Test
    void aBackupWhoseFilesChangedIsRefusedBeforeAnythingIsWritten() throws Exception {
        BackupService.Made made = backups.create(work.resolve("backups"), "test");
        Path dump = made.directory().resolve(Manifest.read(made.directory()).databaseFile());
        Files.write(dump, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        target = Target.create(jdbc, work);

        assertThat(BackupCommands.runCommand(target.args("--restore=" + made.directory()))).isEqualTo(3);

        assertThat(new JdbcTemplate(target.dataSource()).queryForList(
                "select table_name from information_schema.tables where lower(table_schema) = 'public'")).isEmpty();
        assertThat(target.files()).doesNotExist();
    }

    /** A 请示 of 市财政局 with an attachment, taken through 用印 and 分发 to its end and archived. */
    private OfficialDocument sealedDistributedAndArchived() {
        DocumentFixtures documents = new DocumentFixtures(documentService, directory, accounts);
        ArchiveFixtures archive = new ArchiveFixtures(documentService, directory, accounts, workflow);
        long id = documents.draft("czj.d1.clerk1", Urgency.NORMAL, "关于备份恢复演练的请示").getId();
        documents.as("czj.d1.clerk1", () -> documentService.uploadAttachment(id, null, "演练方案.txt", "text/plain",
                new ByteArrayInputStream("演练方案".getBytes(StandardCharsets.UTF_8))));
        documents.sendOn("czj.d1.clerk1", id, StepDecision.opinion("请审核"));
        documents.sendOn("czj.d1.chief", id, StepDecision.opinion("同意"));
        documents.sendOn("czj.office", id, new StepDecision("请局长签发", List.of(), "czj.head", null, List.of(),
                List.of()));
        documents.sendOn("czj.head", id, StepDecision.opinion("同意"));
        OfficialDocument finished = archive.finish(documents.as("czj.secretary", () -> documentService.read(id)));
        assertThat(finished.isSealed()).isTrue();
        archive.as("czj.secretary", () -> archiving.archiveOne(ArchiveFixtures.request(id, Retention.PERMANENT,
                "BGS")));
        return finished;
    }

    /**
     * Waits until the listeners of the events published so far have run (notifications), so the rows stand still:
     * no publication left incomplete, or the same ones for three seconds (a listener that failed earlier in the suite).
     */
    private void settle() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<String> incomplete = incompletePublications();
        while (!incomplete.isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(3000);
            List<String> now = incompletePublications();
            if (now.equals(incomplete)) {
                return;
            }
            incomplete = now;
        }
    }

    private List<String> incompletePublications() {
        return jdbc.queryForList("select cast(id as varchar(36)) from event_publication where completion_date is null"
                + " order by id", String.class);
    }

    private static long auditRecordsInBackup(Target target) {
        return new JdbcTemplate(target.dataSource()).queryForObject("select count(*) from audit_record", Long.class);
    }

    /** The application on the restored installation, as a restore's first start runs it. */
    private ConfigurableApplicationContext start(Target target, Path passwordFile) {
        List<String> args = new ArrayList<>(List.of(target.args(passwordFile)));
        args.addAll(List.of("--zhengtong.search.rebuild=true",
                "--server.port=0", "--server.address=127.0.0.1",
                "--zhengtong.search.index-dir=" + work.resolve("index-" + UUID.randomUUID())));
        return SpringApplication.run(ZhengTongApplication.class, args.toArray(String[]::new));
    }

    /** The same rows in every table but the backup's own record, written after its dump. */
    private static void assertSameRows(Map<String, List<String>> expected, DataSource restored, long backupId)
            throws SQLException {
        expected.get("platform_backup").removeIf(row -> row.startsWith(backupId + "|"));
        Map<String, List<String>> actual = rows(restored);
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).isEqualTo(rows));
        assertThat(expected.get(expected.keySet().stream().filter(t -> t.equalsIgnoreCase("arc_file")).findFirst()
                .orElseThrow())).isNotEmpty();
    }

    /** Every application table with its rows, each row as text, in a stable order. */
    private static Map<String, List<String>> rows(DataSource dataSource) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (Connection connection = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    String schema = found.getString("TABLE_SCHEM");
                    if (schema.equalsIgnoreCase("public") && !NOT_COMPARED.contains(found.getString("TABLE_NAME")
                            .toLowerCase())) {
                        names.add(found.getString("TABLE_NAME"));
                    }
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("select * from \"" + name + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>(columns);
                        for (int i = 1; i <= columns; i++) {
                            values.add(text(rs.getObject(i)));
                        }
                        rows.add(String.join("|", values));
                    }
                }
                rows.sort(null);
                tables.put(name, rows);
            }
        }
        return tables;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        } else if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        } else if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        } else if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return String.valueOf(value);
    }

    private record Spawned(int exitCode, String output) {
    }

    /** The application's main class as its own process (the main classes and libraries only, no test classes). */
    private Spawned spawn(String command) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", classPath, ZhengTongApplication.class.getName(), command));
        line.addAll(List.of(target.args(target.passwordFile())));
        line.add("--zhengtong.search.index-dir=" + work.resolve("spawned-index"));
        Path output = work.resolve("spawned-" + UUID.randomUUID() + ".log");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end: " + Files.readString(output));
        }
        return new Spawned(process.exitValue(), Files.readString(output));
    }

    /**
     * The empty installation restored into: a database of the same kind as the suite's (a new H2 database, or a new
     * PostgreSQL database on the same server), an absent file store and password file.
     */
    private record Target(String url, String username, Path files, Path passwordFile, JdbcTemplate admin,
                          String database) {

        static Target create(JdbcTemplate source, Path work) {
            return create(source, work, "jdbc:h2:mem:restored-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }

        /** H2 in memory cannot be shared with another process: a file database there. */
        static Target createForAnotherProcess(JdbcTemplate source, Path work) {
            return create(source, work, "jdbc:h2:file:" + work.resolve("restored-db"));
        }

        private static Target create(JdbcTemplate source, Path work, String h2Url) {
            String url = System.getProperty("spring.datasource.url", "");
            String username = System.getProperty("spring.datasource.username", "sa");
            Path files = work.resolve("restored-files");
            Path password = work.resolve("restored-seal-key-password");
            if (!url.startsWith("jdbc:postgresql:")) {
                return new Target(h2Url, "sa", files, password, null, null);
            }
            String database = "zt_restore_" + UUID.randomUUID().toString().replace("-", "");
            source.execute("create database " + database);
            return new Target(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"), username, files, password,
                    source, database);
        }

        /** The command with the installation's settings. */
        String[] args(String command) {
            List<String> args = new ArrayList<>(List.of(args(passwordFile)));
            args.add(0, command);
            return args.toArray(String[]::new);
        }

        String[] args(Path sealKeyPasswordFile) {
            return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                    "--zhengtong.files.root=" + files, "--zhengtong.seal.key-password-file=" + sealKeyPasswordFile};
        }

        DataSource dataSource() {
            return new DriverManagerDataSource(url, username, "");
        }

        void drop() {
            if (database != null) {
                admin.execute("drop database if exists " + database + " with (force)");
            }
        }
    }
}
