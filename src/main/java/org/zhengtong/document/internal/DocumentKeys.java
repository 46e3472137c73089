package org.zhengtong.document.internal;

import java.util.Optional;

/** Business keys of document processes: {@code document:<id>}. */
final class DocumentKeys {

    private static final String PREFIX = "document:";

    private DocumentKeys() {
    }

    static String of(Long documentId) {
        return PREFIX + documentId;
    }

    static Optional<Long> idOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(businessKey.substring(PREFIX.length())));
    }
}
