package org.zhengtong.workflow.internal;

import java.util.Comparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.ProcessDirection;

/** {@link ProcessCatalog} over the active designs: unit and type before unit, unit before type, type before all. */
@Service
@Transactional(readOnly = true)
class DesignedProcessCatalog implements ProcessCatalog {

    private final ProcessDesignRepository designs;

    DesignedProcessCatalog(ProcessDesignRepository designs) {
        this.designs = designs;
    }

    @Override
    public String processKeyFor(ProcessDirection direction, String documentType, long unitId) {
        return designs.findByDirectionAndActiveTrue(direction).stream()
                .filter(d -> d.getUnitId() == null || d.getUnitId() == unitId)
                .filter(d -> d.getDocumentType() == null || d.getDocumentType().equals(documentType))
                .max(Comparator.comparingInt(ProcessDesign::specificity).thenComparing(ProcessDesign::getId))
                .map(ProcessDesign::processKey)
                .orElse(direction.defaultProcessKey());
    }
}
