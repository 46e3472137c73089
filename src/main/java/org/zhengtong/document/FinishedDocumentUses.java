package org.zhengtong.document;

import java.util.List;

/**
 * What other modules offer to do with a finished 公文, shown as buttons on its page (转为公告 …). The document
 * module knows none of them: each module decides by its own rules whether the current user may take the document
 * over, and the page only lists what they answer.
 */
public interface FinishedDocumentUses {

    /** The uses of this finished document open to the current user; empty when there are none. */
    List<Use> usesOf(long documentId, DocumentType type);

    /**
     * @param labelCode the button's message code, in the offering module's bundle
     * @param href      the page that takes the document over
     */
    record Use(String id, String labelCode, String href) {
    }
}
