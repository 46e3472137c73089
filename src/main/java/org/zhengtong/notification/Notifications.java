package org.zhengtong.notification;

/** Tells people about something: in the application, and by e-mail when they have an address. */
public interface Notifications {

    /**
     * Writes an in-app notification for {@code recipient} (a username) and e-mails it when the person has an
     * address. {@code link} is a path inside the application, or null.
     */
    void send(String recipient, String title, String body, String link);

    /**
     * {@link #send} unless a notification with this key was written before: for listeners, which may receive an
     * event twice (after a failure or a restart). The key names the event and the recipient.
     */
    void sendOnce(String key, String recipient, String title, String body, String link);

    /** How many notifications the user has not read yet. */
    long unreadCount(String username);
}
