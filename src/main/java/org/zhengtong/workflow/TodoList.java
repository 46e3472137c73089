package org.zhengtong.workflow;

import java.util.Set;

/**
 * The to-do table (ADR 10) as other modules ask it: one indexed look-up instead of a person's whole list from the
 * engine. It is written in the engine's own transaction, so it never answers behind the engine, also within the
 * transaction that has just changed a task.
 */
public interface TodoList {

    /** Whether the open task is the person's to act on: assigned to them, or offered to them and not yet claimed. */
    boolean isOpenFor(String taskId, String username);

    /** The business keys of the person's open tasks that begin with {@code keyPrefix} ({@code archive-borrowing:}…). */
    Set<String> openBusinessKeys(String username, String keyPrefix);

    /**
     * Describes the business key again ({@link TodoDescriber}) for its to-do items, open and done, when the current
     * transaction commits: a module calls it when what its describer says (title, number, urgency, 密级, deadline…)
     * changes while the key's process exists.
     */
    void describeAgain(String businessKey);
}
