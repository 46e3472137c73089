package org.zhengtong.document.internal.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * The services validate their forms; a violation comes back with a property path ending in the form's field, which
 * the browser form names the same way, so the message shows next to the field.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult binding, ConstraintViolationException violations) {
        var target = PropertyAccessorFactory.forBeanPropertyAccess(binding.getTarget());
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            if (field != null && target.isReadableProperty(field)) {
                binding.rejectValue(field, "invalid", violation.getMessage());
            } else {
                binding.reject("invalid", violation.getMessage());
            }
        }
    }
}
