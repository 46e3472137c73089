package org.zhengtong.books.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input that is no valid record (an ISBN whose check digit is wrong, a reader of another unit): 400, nothing saved. */
class BooksInputException extends BusinessRuleException {

    BooksInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
