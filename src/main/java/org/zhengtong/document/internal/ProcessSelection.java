package org.zhengtong.document.internal;

import org.springframework.stereotype.Component;

/**
 * Which process a new document runs on. The product's default 发文 and 收文 processes; the process designer
 * replaces this choice per document type and unit.
 */
@Component
class ProcessSelection {

    String outgoingProcessFor(OfficialDocument document) {
        return DocumentService.OUTGOING_PROCESS;
    }

    String incomingProcessFor(OfficialDocument document) {
        return DocumentService.INCOMING_PROCESS;
    }
}
