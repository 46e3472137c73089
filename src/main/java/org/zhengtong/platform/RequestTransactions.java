package org.zhengtong.platform;

import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * How a request that changes something answers: the change and the answer describing it happen in one transaction,
 * so the answer shows what was committed, and a failure while building it (a database hiccup) rolls the change back
 * instead of reporting saved work as failed. Creating requests may carry an idempotency key: a retry with the same
 * key answers with what the first request created instead of creating it again.
 */
public interface RequestTransactions {

    /** Runs the action, then builds the answer from the state it left, in one transaction. */
    <T> T act(Runnable action, Supplier<T> answer);

    /**
     * Creates something once per idempotency key of the current account: the key is claimed in the transaction
     * that creates, so a retry (even a concurrent one, which waits for the first) answers with the id the first
     * request created. Without a key every request creates.
     *
     * @param kind   what is created ("document.outgoing"…); a key used for another kind is refused (409)
     * @param key    the client's key ({@code Idempotency-Key} header, the console form's token), or null
     * @param create creates and returns the new id
     * @param answer builds the answer for an id, in the same transaction as the creation
     */
    <T> T createOnce(String kind, String key, LongSupplier create, LongFunction<T> answer);

    /**
     * {@link #createOnce(String, String, LongSupplier, LongFunction)} for what has no id of its own to answer with
     * (a role, known by the code the request gives) or several (documents archived at once): the answer is built
     * from the request, so a retry with the same key answers as the first request did.
     */
    default <T> T createOnce(String kind, String key, Runnable create, Supplier<T> answer) {
        return createOnce(kind, key, () -> {
            create.run();
            return 0L;
        }, none -> answer.get());
    }
}
