package org.zhengtong.supplies.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that names nothing valid (a quantity below one, another unit's item or store): 400, nothing saved. */
class SuppliesInputException extends BusinessRuleException {

    SuppliesInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
