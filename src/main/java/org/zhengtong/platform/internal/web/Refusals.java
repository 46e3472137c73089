package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.zhengtong.platform.BusinessRuleException;

/**
 * How the administrators' pages answer a refused request: the same page again with a clear message from the
 * bundles, HTTP 400 for invalid input and 409 for a broken business rule. The service's transaction has rolled
 * back, so nothing changed.
 */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /** Invalid input bound to a form: its field errors show next to the fields. */
    void invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** A broken business rule, shown as the form's global error. */
    void reject(BindingResult form, BusinessRuleException e, HttpServletResponse response) {
        form.reject(e.messageKey(), e.arguments(), e.messageKey());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }

    /** A broken business rule on a page without a form: the message to show, and 409. */
    String conflict(BusinessRuleException e, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    /** A conflict found by the page itself (e.g. a concurrent change): the message of the given key, and 409. */
    String conflict(String messageKey, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return messages.getMessage(messageKey, null, locale);
    }

    /** Input a service refused on validation: the messages to show, and 400. */
    String invalid(ConstraintViolationException e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                .collect(Collectors.joining("；"));
    }

    /** Input refused by the page itself: the message of the given key, and 400. */
    String invalid(String messageKey, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return messages.getMessage(messageKey, null, locale);
    }

    String message(String messageKey, Locale locale, Object... arguments) {
        return messages.getMessage(messageKey, arguments, locale);
    }
}
