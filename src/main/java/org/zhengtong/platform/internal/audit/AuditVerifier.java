package org.zhengtong.platform.internal.audit;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first record. Names the first record that was altered (its hash no longer matches its
 * content), or the place where records were removed (a gap in sequence numbers, a broken link, a missing tail).
 */
@Service
public class AuditVerifier {

    public enum Problem { ALTERED, REMOVED }

    public record Result(long checked, Long firstBadSeq, Problem problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    /** The previous hash of the first record (as seeded in the migration). */
    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 1000;

    private final AuditRecordRepository records;
    private final AuditChainHeadRepository heads;

    AuditVerifier(AuditRecordRepository records, AuditChainHeadRepository heads) {
        this.records = records;
        this.heads = heads;
    }

    @Transactional(readOnly = true)
    public Result verify() {
        long expectedSeq = 1;
        String expectedPrev = GENESIS;
        long checked = 0;
        List<AuditRecord> page = records.findBySeqGreaterThanOrderBySeqAsc(0, PageRequest.ofSize(PAGE));
        while (!page.isEmpty()) {
            for (AuditRecord record : page) {
                if (record.getSeq() != expectedSeq || !record.getPrevHash().equals(expectedPrev)) {
                    return new Result(checked, expectedSeq, Problem.REMOVED);
                }
                if (!record.computeHash().equals(record.getHash())) {
                    return new Result(checked, record.getSeq(), Problem.ALTERED);
                }
                expectedSeq++;
                expectedPrev = record.getHash();
                checked++;
            }
            page = records.findBySeqGreaterThanOrderBySeqAsc(expectedSeq - 1, PageRequest.ofSize(PAGE));
        }
        AuditChainHead head = heads.findById(AuditChainHead.ID).orElseThrow();
        if (head.getLastSeq() != expectedSeq - 1 || !head.getLastHash().equals(expectedPrev)) {
            return new Result(checked, expectedSeq, Problem.REMOVED);
        }
        return new Result(checked, null, null);
    }
}
