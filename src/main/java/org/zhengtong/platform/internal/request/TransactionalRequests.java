package org.zhengtong.platform.internal.request;

import java.time.Clock;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RequestTransactions;

@Component
class TransactionalRequests implements RequestTransactions {

    /** How often a request waits again for a concurrent one with the same key before giving up. */
    private static final int LOCK_WAIT_ATTEMPTS = 10;

    private final TransactionTemplate transaction;
    private final IdempotencyKeyRepository keys;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    TransactionalRequests(PlatformTransactionManager transactions, IdempotencyKeyRepository keys,
                          CurrentUsers currentUsers, Clock clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.keys = keys;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @Override
    public <T> T act(Runnable action, Supplier<T> answer) {
        return transaction.execute(status -> {
            action.run();
            return answer.get();
        });
    }

    @Override
    public <T> T createOnce(String kind, String key, LongSupplier create, LongFunction<T> answer) {
        if (key == null || key.isBlank()) {
            return transaction.execute(status -> answer.apply(create.getAsLong()));
        }
        long accountId = currentUsers.current().accountId();
        for (int attempt = 1; ; attempt++) {
            try {
                return claimAndCreate(accountId, kind, key, create, answer);
            } catch (PessimisticLockingFailureException stillRunning) {
                // the database gave up waiting for a concurrent request with the same key (H2's lock timeout while
                // the first is slow): it ends soon, and then its answer is ours
                if (attempt == LOCK_WAIT_ATTEMPTS) {
                    throw stillRunning;
                }
            }
        }
    }

    private <T> T claimAndCreate(long accountId, String kind, String key, LongSupplier create, LongFunction<T> answer) {
        try {
            return transaction.execute(status -> earlier(accountId, key, kind).map(answer::apply).orElseGet(() -> {
                // the unique key makes a concurrent request with the same key wait here until this one ends
                IdempotencyKey claim = keys.saveAndFlush(new IdempotencyKey(accountId, key, kind, clock.instant()));
                long created = create.getAsLong();
                claim.created(created);
                return answer.apply(created);
            }));
        } catch (DataIntegrityViolationException claimedMeanwhile) {
            // a concurrent request with the key committed first: answer with what it created
            return transaction.execute(status -> earlier(accountId, key, kind).map(answer::apply)
                    .orElseThrow(() -> claimedMeanwhile));
        }
    }

    private Optional<Long> earlier(long accountId, String key, String kind) {
        return keys.findByAccountIdAndKey(accountId, key).map(claim -> {
            if (!claim.getKind().equals(kind)) {
                throw new BusinessRuleException("error.idempotencyKeyReused");
            }
            return claim.getResultId();
        });
    }
}
