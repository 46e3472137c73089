package org.zhengtong.notification;

/**
 * Sends a short message to a mobile phone. Without {@code zhengtong.notification.sms.url} the messages are written to
 * the log (no gateway is reachable from here); with it they are posted to that HTTP gateway. A deployment with
 * another provider registers its own bean of this type.
 */
public interface SmsGateway {

    /**
     * @param mobile a mainland mobile number (11 digits starting with 1), checked by the caller
     * @param text   the message, at most {@link #MAX_TEXT} characters
     * @return whether the gateway accepted the message
     */
    boolean send(String mobile, String text);

    int MAX_TEXT = 300;

    /** Whether the text is a mainland mobile number a gateway can reach. */
    static boolean isMobile(String number) {
        return number != null && number.matches("1[3-9]\\d{9}");
    }
}
