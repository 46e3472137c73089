package org.zhengtong.asset.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.zhengtong.platform.BusinessRuleException;

/** A direct edit (page or API) naming a field under approval — status, department, custodian, user, use, value …: 400. */
public class LockedFieldsException extends BusinessRuleException {

    public LockedFieldsException(List<String> fields) {
        super(HttpStatus.BAD_REQUEST, "asset.error.lockedFields", String.join("、", fields));
    }
}
