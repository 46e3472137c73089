package org.zhengtong.petition.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that is no valid registration (身份证号码, phone, a missing field): 400, nothing saved. */
class PetitionInputException extends BusinessRuleException {

    PetitionInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
