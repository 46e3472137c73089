package org.zhengtong.platform;

/** The object with the given id does not exist (HTTP 404). */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String objectType, Object id) {
        super("error.notFound", objectType, id);
    }
}
