package org.zhengtong.document.internal;

import org.springframework.stereotype.Component;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.ProcessDirection;

/**
 * Which process a new document runs on: the most specific process an administrator designed for its direction,
 * type and unit (the drafting unit for 发文, the receiving unit for 收文), else the product's default.
 */
@Component
class ProcessSelection {

    private final ProcessCatalog catalog;

    ProcessSelection(ProcessCatalog catalog) {
        this.catalog = catalog;
    }

    String outgoingProcessFor(OfficialDocument document) {
        return catalog.processKeyFor(ProcessDirection.OUTGOING, document.getType().name(), document.getUnitId());
    }

    String incomingProcessFor(OfficialDocument document) {
        return catalog.processKeyFor(ProcessDirection.INCOMING, document.getType().name(), document.getUnitId());
    }
}
