package org.zhengtong.chronicle.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that is invalid (a blank title, a day in the future, a period ending before it starts): 400, nothing saved. */
class ChronicleInputException extends BusinessRuleException {

    ChronicleInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
