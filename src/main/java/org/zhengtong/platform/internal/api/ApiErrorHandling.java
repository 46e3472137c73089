package org.zhengtong.platform.internal.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * API errors that need more than {@code ErrorHandling} gives: request bodies the API cannot even read (broken JSON, a
 * value of the wrong type, an unknown enum constant) become 400 problems with a Chinese message naming the field
 * instead of an empty response, and a 404 names the missing object in words. Ordered first so that its 404 wins over
 * {@code ErrorHandling}'s general business-rule handler; everything else falls through to that one. Applies to every
 * {@code @RestController}: the JSON API of every module (the console's controllers render pages).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

    private final MessageSource messages;

    ApiErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e, Locale locale) {
        return badRequest(describe(e.getCause(), locale));
    }

    private String describe(Throwable cause, Locale locale) {
        if (!(cause instanceof MismatchedInputException mismatch) || mismatch.getPath().isEmpty()) {
            return messages.getMessage("api.error.unreadableBody", null, locale);
        }
        String field = mismatch.getPath().stream().map(ApiErrorHandling::pathElement).collect(Collectors.joining("."));
        if (mismatch instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return messages.getMessage("api.error.invalidEnum", new Object[] {field, allowed}, locale);
        }
        return messages.getMessage("api.error.invalidField", new Object[] {field}, locale);
    }

    private static String pathElement(JsonMappingException.Reference reference) {
        return reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]";
    }

    private static ProblemDetail badRequest(String detail) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }
}
