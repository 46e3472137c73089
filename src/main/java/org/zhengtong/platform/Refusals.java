package org.zhengtong.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * How a module's pages answer a refused request: the same page again with a clear message from the bundles, HTTP 400
 * for invalid input and 409 for a broken business rule. The service's transaction has rolled back, so nothing
 * changed. (The API answers refusals on its own, as problem details, through the platform's exception handler.)
 */
@Component
public class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /** Invalid input bound to a form: its field errors show next to the fields. */
    public void invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * A refusal shown as the form's global error, with the refusal's own status: 409 for a broken rule, 400 for input
     * that names nothing valid (a subclass's status).
     */
    public void reject(BindingResult form, BusinessRuleException e, HttpServletResponse response) {
        form.reject(e.messageKey(), e.arguments(), e.messageKey());
        response.setStatus(e.status().value());
    }

    /** A broken business rule on a page without a form: the message to show, and 409. */
    public String conflict(BusinessRuleException e, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    /** A conflict found by the page itself (e.g. a concurrent change): the message of the given key, and 409. */
    public String conflict(String messageKey, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return messages.getMessage(messageKey, null, locale);
    }

    /** Input a service refused on validation: the messages to show, and 400. */
    public String invalid(ConstraintViolationException e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                .collect(Collectors.joining("；"));
    }

    /** Input refused by the page itself: the message of the given key, and 400. */
    public String invalid(String messageKey, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return messages.getMessage(messageKey, null, locale);
    }

    public String message(String messageKey, Locale locale, Object... arguments) {
        return messages.getMessage(messageKey, arguments, locale);
    }
}
