package org.zhengtong.mail.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/**
 * Mail the application cannot take as it was given — to nobody, to an address that is none, a file over the limit:
 * refused with the message of the key and its own status (400, or 413 for a file too large), and nothing saved.
 */
public class MailRefused extends BusinessRuleException {

    private MailRefused(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    static MailRefused invalid(String messageKey, Object... arguments) {
        return new MailRefused(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    static MailRefused tooLarge(String messageKey, Object... arguments) {
        return new MailRefused(HttpStatus.PAYLOAD_TOO_LARGE, messageKey, arguments);
    }
}
