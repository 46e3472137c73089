package org.zhengtong.platform;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/** The object with the given id does not exist (HTTP 404). */
public class NotFoundException extends BusinessRuleException {

    /** The type is shown by its message key {@code objectType.<type>}; the id as plain text (no digit grouping). */
    public NotFoundException(String objectType, Object id) {
        super(HttpStatus.NOT_FOUND, "error.notFound", new DefaultMessageSourceResolvable(new String[] {"objectType." + objectType}, objectType),
                String.valueOf(id));
    }
}
