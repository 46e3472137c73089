package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;

/**
 * Turns refused requests into a clear, localized message with the right status: a JSON problem for the API,
 * the error page for the console. Forms that can show the message inline catch the exception themselves.
 */
@ControllerAdvice
class ErrorHandling {

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleException.class)
    Object businessRule(BusinessRuleException e, HttpServletRequest request, Locale locale) {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return respond(request, status, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    Object concurrentChange(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.CONFLICT, messages.getMessage("error.concurrentChange", null, locale));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object invalid(ConstraintViolationException e, HttpServletRequest request) {
        String text = e.getConstraintViolations().stream().map(v -> v.getMessage()).sorted()
                .reduce((a, b) -> a + "；" + b).orElse("");
        return respond(request, HttpStatus.BAD_REQUEST, text);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        String text = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).sorted()
                .reduce((a, b) -> a + "；" + b).orElse("");
        return respond(request, HttpStatus.BAD_REQUEST, text);
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, String message) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "message", message));
        page.setStatus(status);
        return page;
    }
}
