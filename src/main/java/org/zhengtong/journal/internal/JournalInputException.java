package org.zhengtong.journal.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that is invalid (a blank title, a 密级 above one's clearance, an unknown unit): 400, nothing saved. */
class JournalInputException extends BusinessRuleException {

    JournalInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
