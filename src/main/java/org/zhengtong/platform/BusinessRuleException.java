package org.zhengtong.platform;

import java.util.Arrays;

/**
 * A request that breaks a business rule (duplicate name, a cycle in the unit tree, a unit that still has people...).
 * Carries a message key of the {@code messages} bundle; the web layer turns it into HTTP 409 or 400 with the
 * localized text, and the transaction rolls back so nothing changes.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
