package org.zhengtong.petition.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;

/**
 * 信访事项分类: the code list, kept by the holders of {@code PETITION_ADMIN} (checked by the page). A code is never
 * deleted nor renamed in its code, since cases keep it; it is disabled instead.
 */
@Service
@Transactional
public class MatterService {

    private final MatterRepository matters;
    private final AuditLog audit;

    MatterService(MatterRepository matters, AuditLog audit) {
        this.matters = matters;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Matter> all() {
        return matters.findAllByOrderBySortOrderAscCodeAsc();
    }

    /** Adds a code, or changes the name, order and state of an existing one. */
    public void save(String code, String name, Integer sortOrder, boolean enabled) {
        String key = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!key.matches("[A-Z][A-Z0-9_]{0," + (Matter.MAX_CODE - 1) + "}")) {
            throw new InvalidInputException("petition.error.matterCode", Matter.MAX_CODE);
        }
        String label = PetitionService.blankToNull(name);
        if (label == null || label.length() > Matter.MAX_NAME) {
            throw new InvalidInputException("petition.error.matterName", Matter.MAX_NAME);
        }
        Matter matter = matters.findById(key).orElseGet(() -> new Matter(key));
        matter.set(label, sortOrder == null ? 0 : sortOrder, enabled);
        matters.save(matter);
        audit.success("PETITION_MATTER", "petitionMatter", key, label + (enabled ? "" : " 停用"));
    }

    public void enable(String code, boolean enabled) {
        Matter matter = matters.findById(code).orElseThrow(() -> new NotFoundException("petitionMatter", code));
        matter.set(matter.getName(), matter.getSortOrder(), enabled);
        audit.success("PETITION_MATTER", "petitionMatter", code, matter.getName() + (enabled ? "" : " 停用"));
    }
}
