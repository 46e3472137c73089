package org.zhengtong.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A creating request's idempotency key, for {@link RequestTransactions#createOnce}: the {@code Idempotency-Key}
 * header an API client sends, or the {@code requestKey} field a console form carries (the fragment
 * {@code ~{request-key :: field}} puts a fresh one into the form each time it is shown). Null when the request has
 * none.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequestKey {

    /** The API's header. */
    String HEADER = "Idempotency-Key";
    /** The console forms' field. */
    String FIELD = "requestKey";
}
