package org.zhengtong.messages.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.zhengtong.notification.PagePush;
import org.zhengtong.presence.OutOfOffice;

/**
 * Who is online, away, out or offline. Activity is what a person does — a page she asks for, an API call, her login
 * (not what an open page fetches by itself: the reminders' stream, the badges) — kept here in memory per username; a
 * logout forgets it. Online: active within {@code away-after}; out: registered out now (外出登记) and not active; away:
 * a page open (the reminders' stream, {@link PagePush#hasOpenPage}) but idle; offline otherwise.
 * <p>
 * In memory and per node, like the push channel: on several nodes a person active on another node shows as away or
 * offline here. A shared store (the database, or the session registry) would be the next step (ADR 12's note).
 */
@Component
public class PresenceBoard {

    private final Map<String, Instant> lastActive = new ConcurrentHashMap<>();
    private final PagePush push;
    private final OutOfOffice outOfOffice;
    private final MessagesProperties properties;
    private final Clock clock;

    PresenceBoard(PagePush push, OutOfOffice outOfOffice, MessagesProperties properties, Clock clock) {
        this.push = push;
        this.outOfOffice = outOfOffice;
        this.properties = properties;
        this.clock = clock;
    }

    void active(String username) {
        lastActive.put(username, clock.instant());
    }

    void loggedOut(String username) {
        lastActive.remove(username);
    }

    public PresenceStatus of(String username) {
        return of(Set.of(username)).get(username);
    }

    /** Each person's status, in the order given. */
    public Map<String, PresenceStatus> of(Collection<String> usernames) {
        Instant activeSince = clock.instant().minus(properties.awayAfter());
        Set<String> out = outOfOffice.outNow(usernames);
        Map<String, PresenceStatus> statuses = new LinkedHashMap<>();
        for (String username : usernames) {
            Instant last = lastActive.get(username);
            boolean active = last != null && !last.isBefore(activeSince);
            statuses.put(username, active ? PresenceStatus.ONLINE
                    : out.contains(username) ? PresenceStatus.OUT
                    : push.hasOpenPage(username) ? PresenceStatus.AWAY
                    : PresenceStatus.OFFLINE);
        }
        return statuses;
    }
}
