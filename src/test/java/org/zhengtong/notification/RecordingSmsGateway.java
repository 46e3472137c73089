package org.zhengtong.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The SMS gateway of the integration tests: keeps what it was given, as a gateway would deliver it. */
public class RecordingSmsGateway implements SmsGateway {

    public record Sent(String mobile, String text) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public boolean send(String mobile, String text) {
        sent.add(new Sent(mobile, text));
        return true;
    }

    public List<Sent> sentTo(String mobile) {
        return sent.stream().filter(s -> s.mobile().equals(mobile)).toList();
    }
}
