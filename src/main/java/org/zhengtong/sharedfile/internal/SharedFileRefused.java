package org.zhengtong.sharedfile.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** An upload or input the library refuses: 400 for what names nothing valid, 413 for too much; nothing saved. */
class SharedFileRefused extends BusinessRuleException {

    private SharedFileRefused(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    static SharedFileRefused invalid(String messageKey, Object... arguments) {
        return new SharedFileRefused(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    static SharedFileRefused tooLarge(String messageKey, Object... arguments) {
        return new SharedFileRefused(HttpStatus.PAYLOAD_TOO_LARGE, messageKey, arguments);
    }
}
