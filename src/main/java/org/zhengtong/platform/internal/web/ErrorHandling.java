package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.zhengtong.platform.BusinessRuleException;

/**
 * Turns refused requests into a clear, localized message with the right status: a JSON problem for the API,
 * the error page for the console. Forms that can show the message inline catch the exception themselves.
 *
 * <p>Input the application cannot take is 400 however it is wrong: a parameter of the wrong type or missing, a
 * constraint of a form, a request parameter or a service method broken, or text longer than the column it goes to
 * (the database refuses it and the transaction rolls back, so nothing changed).
 */
@ControllerAdvice
class ErrorHandling {

    /** SQLSTATE "string data, right truncation": a value longer than its column, on H2 and PostgreSQL alike. */
    private static final String VALUE_TOO_LONG = "22001";
    /** How much of a malformed value the message repeats. */
    private static final int SHOWN_VALUE_CHARS = 40;

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleException.class)
    Object businessRule(BusinessRuleException e, HttpServletRequest request, Locale locale) {
        return respond(request, e.status(), messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    Object concurrentChange(HttpServletRequest request, Locale locale) {
        return respond(request, HttpStatus.CONFLICT, messages.getMessage("error.concurrentChange", null, locale));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object invalid(ConstraintViolationException e, HttpServletRequest request) {
        return badRequest(request, e.getConstraintViolations().stream().map(ConstraintViolation::getMessage));
    }

    /** A form or request body that failed its constraints or could not be converted, field by field. */
    @ExceptionHandler(BindException.class)
    Object invalidForm(BindException e, HttpServletRequest request, Locale locale) {
        return badRequest(request, e.getFieldErrors().stream()
                .map(f -> f.getField() + ": " + messages.getMessage(f, locale)));
    }

    /** A constraint on a controller's parameter ({@code @Size}, {@code @Max} … on a {@code @RequestParam}). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameter(HandlerMethodValidationException e, HttpServletRequest request, Locale locale) {
        return badRequest(request, e.getParameterValidationResults().stream().flatMap(result -> result
                .getResolvableErrors().stream()
                .map(error -> result.getMethodParameter().getParameterName() + ": " + text(error, locale))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object malformedParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        return badRequest(request, Stream.of(messages.getMessage("error.invalidParameter",
                new Object[] {e.getName(), shown(e.getValue())}, locale)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request, Locale locale) {
        return badRequest(request, Stream.of(messages.getMessage("error.missingParameter",
                new Object[] {e.getParameterName()}, locale)));
    }

    /** Text longer than its column; any other integrity violation stays a server error. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrityViolation(DataIntegrityViolationException e, HttpServletRequest request, Locale locale) {
        if (!(e.getMostSpecificCause() instanceof SQLException sql) || !VALUE_TOO_LONG.equals(sql.getSQLState())) {
            throw e;
        }
        return badRequest(request, Stream.of(messages.getMessage("error.tooLong", null, locale)));
    }

    private String text(MessageSourceResolvable error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > SHOWN_VALUE_CHARS ? text.substring(0, SHOWN_VALUE_CHARS) + "…" : text;
    }

    private static Object badRequest(HttpServletRequest request, Stream<String> messages) {
        return respond(request, HttpStatus.BAD_REQUEST, messages.sorted().collect(Collectors.joining("；")));
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
