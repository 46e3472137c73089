package org.zhengtong.messages.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/**
 * A message or conversation the application cannot take as it was given — empty, too long, with nobody or too many
 * people — refused with the message of the key and its own status (400, or 413 for a message over the length), and
 * nothing saved.
 */
public class MessageRefused extends BusinessRuleException {

    private MessageRefused(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    static MessageRefused invalid(String messageKey, Object... arguments) {
        return new MessageRefused(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    static MessageRefused tooLong(String messageKey, Object... arguments) {
        return new MessageRefused(HttpStatus.PAYLOAD_TOO_LARGE, messageKey, arguments);
    }
}
