package org.zhengtong.asset.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that names nothing valid (an unknown classification code, a person of another unit …): 400, nothing saved. */
class AssetInputException extends BusinessRuleException {

    AssetInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
