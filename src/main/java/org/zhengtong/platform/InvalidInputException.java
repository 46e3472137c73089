package org.zhengtong.platform;

import org.springframework.http.HttpStatus;

/**
 * Input that is no valid request (a blank title, a period ending before it starts, a word too long): answered 400
 * with the message of the key, and nothing saved.
 */
public class InvalidInputException extends BusinessRuleException {

    public InvalidInputException(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
