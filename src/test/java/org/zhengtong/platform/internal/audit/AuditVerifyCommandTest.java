package org.zhengtong.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zhengtong.ApplicationProcess;

/**
 * {@code --verify-audit} as an operator runs it: a separate process against an H2 file database that another
 * process (standing in for the running application) holds open, while that process also holds the search index's
 * write lock in the same {@code ./data}.
 */
class AuditVerifyCommandTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path home;

    @Test
    void exitsWithZeroOnAnIntactChainAndThreeOnAnAlteredOne() throws Exception {
        String url = "jdbc:h2:file:" + home.resolve("data/zhengtong") + ";AUTO_SERVER=TRUE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        try (Connection application = DriverManager.getConnection(url, "sa", "");
             IndexWriter indexWriter = new IndexWriter(FSDirectory.open(home.resolve("data/index")),
                     new IndexWriterConfig())) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(application, true));
            String previous = AuditVerifier.GENESIS;
            for (long seq = 1; seq <= 3; seq++) {
                previous = append(jdbc, seq, previous);
            }

            try (ApplicationProcess intact = verify(url)) {
                assertThat(intact.exitCode(COMMAND_TIMEOUT)).as(intact.output()).isZero();
                assertThat(intact.output()).contains("审计日志完整：已校验 3 条记录")
                        .doesNotContain("FindByIndexNameSessionRepository", "LockObtainFailedException");
            }

            jdbc.update("update audit_record set detail = 'rewritten' where seq = 2");
            try (ApplicationProcess altered = verify(url)) {
                assertThat(altered.exitCode(COMMAND_TIMEOUT)).as(altered.output()).isEqualTo(3);
                assertThat(altered.output()).contains("审计日志被篡改：第 2 条记录被修改");
            }
            assertThat(indexWriter.isOpen()).isTrue();
        }
    }

    private ApplicationProcess verify(String url) {
        return ApplicationProcess.start(home, "--verify-audit", "--spring.datasource.url=" + url);
    }

    /** A record as the application appends it: hashed over its fields and the previous hash, the head moved on. */
    private static String append(JdbcTemplate jdbc, long seq, String previousHash) {
        AuditRecord record = new AuditRecord(seq, Instant.parse("2026-03-01T08:00:00Z").plusSeconds(seq), "tester",
                "127.0.0.1", "TEST_EVENT", "test", String.valueOf(seq), "SUCCESS", "record " + seq, previousHash);
        jdbc.update("insert into audit_record (seq, occurred_at, actor, ip, action, object_type, object_id, result,"
                        + " detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                record.getSeq(), Timestamp.from(record.getOccurredAt()), record.getActor(), record.getIp(),
                record.getAction(), record.getObjectType(), record.getObjectId(), record.getResult(),
                record.getDetail(), record.getPrevHash(), record.getHash());
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, record.getHash());
        return record.getHash();
    }
}
