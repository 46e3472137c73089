package org.zhengtong.notification;

/**
 * Other modules' pushes to a person's open pages over the one server-sent-event stream every page already holds
 * ({@code /notifications/stream}, read by {@code js/push.js}), instead of a second connection per page. Best effort
 * and in memory: a page that is not open learns nothing, so the caller keeps what it pushes and shows it when the page
 * loads. On several nodes each node reaches only the pages connected to it (ADR 12), and {@link #hasOpenPage} answers
 * for this node alone.
 */
public interface PagePush {

    /**
     * Once the current transaction commits (at once without one), sends {@code payload} as JSON in an event named
     * {@code eventName} (lower-case letters and hyphens; not {@code notification}, the reminders', nor {@code message},
     * which a browser also fires for unnamed events) to every
     * open page of the person. {@code js/push.js} hands the events it knows on to the page as DOM events.
     */
    void pushAfterCommit(String username, String eventName, Object payload);

    /** Whether the person has a page open (connected to this node) now. */
    boolean hasOpenPage(String username);
}
