package org.zhengtong.messages.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link MessageRefused} answers with its own status (400, 413) instead of the platform's 409 for business rules:
 * a problem for the API, the error page for the console. Ordered before the platform's handler, for this module's
 * controllers only.
 */
@ControllerAdvice(basePackageClasses = MessageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MessageErrors {

    private final MessageSource messages;

    MessageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MessageRefused.class)
    Object refused(MessageRefused e, HttpServletRequest request, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(e.status()).body(ProblemDetail.forStatusAndDetail(e.status(), message));
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", e.status().value(), "message", message));
        page.setStatus(e.status());
        return page;
    }
}
