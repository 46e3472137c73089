package org.zhengtong.platform.internal.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: the audit administrator's power alone. */
@Service
@Transactional(readOnly = true)
public class AuditQueryService {

    private static final int PAGE_SIZE = 50;

    private final AuditRecordRepository records;
    private final AuditVerifier verifier;

    AuditQueryService(AuditRecordRepository records, AuditVerifier verifier) {
        this.records = records;
        this.verifier = verifier;
    }

    @PreAuthorize("hasAuthority('AUDIT_READ')")
    public Page<AuditRecord> search(String actor, String action, Instant from, Instant to, int page) {
        return records.search(blankToNull(actor), blankToNull(action), from, to, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    @PreAuthorize("hasAuthority('AUDIT_READ')")
    public AuditVerifier.Result verify() {
        return verifier.verify();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
