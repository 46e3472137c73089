package org.zhengtong.workflow.internal;

import java.util.Comparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.workflow.ProcessCatalog;

/** {@link ProcessCatalog} over the active designs: unit and type before unit, unit before type, type before all. */
@Service
@Transactional(readOnly = true)
class DesignedProcessCatalog implements ProcessCatalog {

    private final ProcessDesignRepository designs;
    private final ProcessTemplates templates;

    DesignedProcessCatalog(ProcessDesignRepository designs, ProcessTemplates templates) {
        this.designs = designs;
        this.templates = templates;
    }

    @Override
    public String processKeyFor(String templateKey, String type, long unitId) {
        String fallback = templates.byKey(templateKey).map(t -> t.key())
                .orElseThrow(() -> new IllegalArgumentException("no process template " + templateKey));
        return designs.findByTemplateKeyAndActiveTrue(templateKey).stream()
                .filter(d -> d.getUnitId() == null || d.getUnitId() == unitId)
                .filter(d -> d.getType() == null || d.getType().equals(type))
                .max(Comparator.comparingInt(ProcessDesign::specificity).thenComparing(ProcessDesign::getId))
                .map(ProcessDesign::processKey)
                .orElse(fallback);
    }
}
