package org.zhengtong.personnel.internal;

import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** Input a personnel request may not carry (a wrong ID number, a phone that is not one …): 400, nothing saved. */
public class PersonnelRefused extends BusinessRuleException {

    PersonnelRefused(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
