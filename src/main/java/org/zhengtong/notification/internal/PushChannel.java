package org.zhengtong.notification.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes a new notification to the recipient's open pages at once, over server-sent events: the pop-up and the
 * reminder strip of the layout. Best effort and in memory, after the notification's transaction commits: a page that
 * is not open finds the notification in the bell's count when it loads, and on several nodes each node pushes to the
 * pages connected to it (see ADR 12).
 */
@Component
class PushChannel {

    private static final Logger log = LoggerFactory.getLogger(PushChannel.class);
    /** A page reconnects by itself when its stream ends; a bounded stream lets dead connections go. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Map<String, Set<SseEmitter>> pages = new ConcurrentHashMap<>();

    /** A stream for one open page of the person. */
    SseEmitter subscribe(String username) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Set<SseEmitter> own = pages.computeIfAbsent(username, key -> ConcurrentHashMap.newKeySet());
        own.add(emitter);
        Runnable forget = () -> own.remove(emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        return emitter;
    }

    /** Once the current transaction commits (at once without one), the notification goes to the person's pages. */
    void pushAfterCommit(Notification notification) {
        Pushed pushed = new Pushed(notification.getId(), notification.getTitle(), notification.getBody(),
                notification.getLink());
        String recipient = notification.getRecipient();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            push(recipient, pushed);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                push(recipient, pushed);
            }
        });
    }

    /** What a page receives: the notification as the bell's list shows it. */
    record Pushed(long id, String title, String body, String link) {
    }

    private void push(String username, Pushed pushed) {
        for (SseEmitter page : List.copyOf(pages.getOrDefault(username, Set.of()))) {
            send(page, SseEmitter.event().name("notification").id(String.valueOf(pushed.id()))
                    .data(pushed, MediaType.APPLICATION_JSON));
        }
    }

    /** A comment every 25 s keeps proxies from closing quiet streams and finds the pages that went away. */
    @Scheduled(fixedDelay = 25_000, initialDelay = 25_000)
    void keepAlive() {
        pages.values().forEach(own -> List.copyOf(own).forEach(page -> send(page, SseEmitter.event().comment("♥"))));
    }

    private static void send(SseEmitter page, SseEmitter.SseEventBuilder event) {
        try {
            page.send(event);
        } catch (IOException | IllegalStateException gone) {
            // the page was closed; its completion callback forgets it
            log.debug("push to a closed page dropped", gone);
            page.completeWithError(gone);
        }
    }
}
