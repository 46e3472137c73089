package org.zhengtong.archive.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * 全宗号 of each unit: as set by the unit's archivist; until then {@code Z} and the unit's number in three digits
 * ({@code Z006}), so every demo unit has one.
 */
@Service
@Transactional
public class FondsService {

    private final FondsRepository fonds;
    private final ArchiveAccess access;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    FondsService(FondsRepository fonds, ArchiveAccess access, CurrentUsers currentUsers, AuditLog audit) {
        this.fonds = fonds;
        this.access = access;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public String codeOf(long unitId) {
        return fonds.findById(unitId).map(Fonds::getFondsCode).orElse(String.format("Z%03d", unitId));
    }

    /** The archivist sets their unit's 全宗号: letters and digits, unique among units. */
    public void set(String code) {
        CurrentUser user = currentUsers.current();
        access.requireArchivist(user);
        String clean = code == null ? "" : code.strip();
        if (!clean.matches("[A-Za-z0-9]{1,12}")) {
            throw new BusinessRuleException("archive.error.fondsCode");
        }
        fonds.findByFondsCode(clean).filter(f -> !f.getUnitId().equals(user.unitId())).ifPresent(f -> {
            throw new BusinessRuleException("archive.error.fondsTaken", clean);
        });
        fonds.findById(user.unitId()).ifPresentOrElse(f -> f.recode(clean),
                () -> fonds.save(new Fonds(user.unitId(), clean)));
        audit.success("ARCHIVE_FONDS", "unit", user.unitId(), clean);
    }
}
