package org.zhengtong.taskforce.internal;

import org.zhengtong.platform.BusinessRuleException;

/** Typed text as the module keeps it: stripped, blank as none, refused when too long or missing. */
final class Texts {

    private Texts() {
    }

    static String optional(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new BusinessRuleException("taskforce.error.tooLong", max);
        }
        return value;
    }

    static String required(String text, int max, String missing) {
        String value = optional(text, max);
        return value == null ? refuse(missing) : value;
    }

    static <T> T refuse(String messageKey) {
        throw new BusinessRuleException(messageKey);
    }
}
