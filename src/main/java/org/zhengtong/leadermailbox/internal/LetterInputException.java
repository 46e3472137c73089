package org.zhengtong.leadermailbox.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that names nothing valid (no such leader, a blank letter, too long a text): 400, nothing saved. */
class LetterInputException extends BusinessRuleException {

    LetterInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
