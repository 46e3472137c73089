package org.zhengtong.regulation.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that is no valid entry (dates in the wrong order, a link that is not http(s)): 400, nothing saved. */
class RegulationInputException extends BusinessRuleException {

    RegulationInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
