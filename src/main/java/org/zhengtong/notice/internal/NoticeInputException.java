package org.zhengtong.notice.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that names nothing valid (a person outside the unit, an unknown unit, a blank title): 400, nothing saved. */
class NoticeInputException extends BusinessRuleException {

    NoticeInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
