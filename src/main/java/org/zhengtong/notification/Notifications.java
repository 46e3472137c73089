package org.zhengtong.notification;

/**
 * Tells people about something: always in the application's list of notifications, and through the channels the
 * recipient chose for the kind — a pop-up on their open pages, e-mail, SMS — unless it is their quiet hours.
 */
public interface Notifications {

    /**
     * Writes a notification for {@code recipient} (a username) and sends it on through their channels.
     * {@code link} is a path inside the application, or null.
     */
    void send(ReminderKind kind, String recipient, String title, String body, String link);

    /**
     * {@link #send} unless a notification with this key was written before: for listeners, which may receive an
     * event twice (after a failure or a restart). The key names the event and the recipient.
     */
    void sendOnce(ReminderKind kind, String key, String recipient, String title, String body, String link);

    /** How many notifications the user has not read yet. */
    long unreadCount(String username);
}
