package org.zhengtong.forum.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that names nothing valid (a blank title, an unknown unit or person): 400, nothing saved. */
class ForumInputException extends BusinessRuleException {

    ForumInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
