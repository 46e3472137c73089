package org.zhengtong.workflow.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one transaction changed in the engine, kept until {@link TodoTable} writes it: just before the transaction
 * commits, or earlier when the table is read within it. It is registered with the transaction, so a transaction of
 * its own (REQUIRES_NEW) keeps its own changes, and a rolled-back one leaves nothing behind.
 */
final class TodoChanges implements TransactionSynchronization {

    private final TodoTable table;
    /** Processes whose row in wf_todo_process this transaction has locked (or inserted). */
    final Set<String> locked = new HashSet<>();
    /** Processes whose row this transaction inserted: described when written. */
    final Set<String> inserted = new HashSet<>();
    /** Processes to write at the next flush. */
    final Set<String> touched = new LinkedHashSet<>();
    /** Processes in which a task ended (completed or deleted): their done items are written too. */
    final Set<String> endedTasks = new HashSet<>();
    /** Tasks seen in this transaction and their process. */
    final Map<String, String> processOfTask = new HashMap<>();
    /** Tasks whose candidates changed in a command that did not touch the task itself. */
    final Set<String> unresolvedTasks = new LinkedHashSet<>();
    /** Business keys whose module asked to describe them again. */
    final Set<String> keysToDescribe = new LinkedHashSet<>();

    private TodoChanges(TodoTable table) {
        this.table = table;
    }

    /** The current transaction's changes, registered with it on first use. */
    static TodoChanges ofCurrentTransaction(TodoTable table) {
        return pending().orElseGet(() -> {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                throw new IllegalStateException("the to-do table is written in the engine's transaction: none is open");
            }
            TodoChanges changes = new TodoChanges(table);
            TransactionSynchronizationManager.registerSynchronization(changes);
            return changes;
        });
    }

    /** The current transaction's changes, if it has any. */
    static Optional<TodoChanges> pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(TodoChanges.class::isInstance).map(TodoChanges.class::cast).findFirst();
    }

    boolean isEmpty() {
        return touched.isEmpty() && unresolvedTasks.isEmpty() && keysToDescribe.isEmpty();
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        table.write(this);
    }
}
