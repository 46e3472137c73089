package org.zhengtong.platform;

import java.util.Arrays;
import org.springframework.http.HttpStatus;

/**
 * A request that breaks a business rule (duplicate name, a cycle in the unit tree, a unit that still has people...).
 * Carries a message key of the {@code messages} bundle; the web layer answers with its {@link #status()} (409 unless
 * a refusal says otherwise, such as 400 for input that names nothing or 413 for too much) and the localized text,
 * and the transaction rolls back so nothing changes.
 */
public class BusinessRuleException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        this(HttpStatus.CONFLICT, messageKey, arguments);
    }

    /** A refusal answered with its own status rather than 409. */
    protected BusinessRuleException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
