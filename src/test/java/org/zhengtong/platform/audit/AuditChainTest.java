package org.zhengtong.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.internal.audit.AuditQueryService;
import org.zhengtong.platform.internal.audit.AuditVerifier;

/** The SM3 chain detects a changed record and removed records, and names the first one. */
@IntegrationTest
class AuditChainTest {

    @Autowired AuditLog audit;
    @Autowired AuditVerifier verifier;
    @Autowired AuditQueryService query;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theChainIsIntactAfterNormalUse() {
        audit.recordAs("tester", "127.0.0.1", "TEST_EVENT", "test", 1, true, "intact");
        AuditVerifier.Result result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isPositive();
    }

    @Test
    void anAlteredRecordIsNamed() {
        long seq = append("to be altered");
        Map<String, Object> original = jdbc.queryForMap("select * from audit_record where seq = ?", seq);
        try {
            jdbc.update("update audit_record set detail = 'rewritten' where seq = ?", seq);
            AuditVerifier.Result result = verifier.verify();
            assertThat(result.problem()).isEqualTo(AuditVerifier.Problem.ALTERED);
            assertThat(result.firstBadSeq()).isEqualTo(seq);
        } finally {
            jdbc.update("update audit_record set detail = ? where seq = ?", original.get("detail"), seq);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRemovedRecordIsNamed() {
        long seq = append("to be removed");
        append("after the removed one");
        Map<String, Object> original = jdbc.queryForMap("select * from audit_record where seq = ?", seq);
        try {
            jdbc.update("delete from audit_record where seq = ?", seq);
            AuditVerifier.Result result = verifier.verify();
            assertThat(result.problem()).isEqualTo(AuditVerifier.Problem.REMOVED);
            assertThat(result.firstBadSeq()).isEqualTo(seq);
        } finally {
            restore(original);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void removingTheNewestRecordIsDetectedToo() {
        long seq = append("the newest");
        Map<String, Object> original = jdbc.queryForMap("select * from audit_record where seq = ?", seq);
        try {
            jdbc.update("delete from audit_record where seq = ?", seq);
            AuditVerifier.Result result = verifier.verify();
            assertThat(result.problem()).isEqualTo(AuditVerifier.Problem.REMOVED);
            assertThat(result.firstBadSeq()).isEqualTo(seq);
        } finally {
            restore(original);
        }
    }

    @Test
    @WithMockUser(username = "sysadmin", authorities = {"ORG_MANAGE", "ACCOUNT_MANAGE"})
    void onlyTheAuditAdministratorReadsTheLog() {
        assertThatThrownBy(() -> query.verify()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "auditadmin", authorities = "AUDIT_READ")
    void theAuditAdministratorReadsTheLog() {
        assertThat(query.verify().intact()).isTrue();
    }

    private long append(String detail) {
        audit.recordAs("tester", "127.0.0.1", "TEST_EVENT", "test", 1, true, detail);
        return jdbc.queryForObject("select max(seq) from audit_record", Long.class);
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("insert into audit_record (seq, occurred_at, actor, ip, action, object_type, object_id, result, detail,"
                        + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("ip"), row.get("action"),
                row.get("object_type"), row.get("object_id"), row.get("result"), row.get("detail"),
                row.get("prev_hash"), row.get("hash"));
    }
}
