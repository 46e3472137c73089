package org.zhengtong.platform.internal.request;

import java.time.Clock;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RequestTransactions;

@Component
class TransactionalRequests implements RequestTransactions {

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
