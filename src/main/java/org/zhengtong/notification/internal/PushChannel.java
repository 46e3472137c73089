package org.zhengtong.notification.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhengtong.notification.PagePush;

/**
 * Pushes a new notification to the recipient's open pages at once, over server-sent events: the pop-up and the
 * reminder strip of the layout — and, as {@link PagePush}, other modules' events on the same stream (在线联络's
 * messages). Best effort and in memory, after the notification's transaction commits: a page that is not open finds
 * the notification in the bell's count when it loads, and on several nodes each node pushes to the pages connected to
 * it (see ADR 12).
 */
@Component
class PushChannel implements PagePush {

    private static final Logger log = LoggerFactory.getLogger(PushChannel.class);
    /** A page reconnects by itself when its stream ends; a bounded stream lets dead connections go. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private static final String NOTIFICATION_EVENT = "notification";
    private static final Pattern EVENT_NAME = Pattern.compile("[a-z][a-z-]{0,39}");

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
        afterCommit(() -> push(notification.getRecipient(), () -> SseEmitter.event().name(NOTIFICATION_EVENT)
                .id(String.valueOf(pushed.id())).data(pushed, MediaType.APPLICATION_JSON)));
    }

    @Override
    public void pushAfterCommit(String username, String eventName, Object payload) {
        if (eventName == null || !EVENT_NAME.matcher(eventName).matches() || eventName.equals(NOTIFICATION_EVENT)
                || eventName.equals("message")) {
            throw new IllegalArgumentException("not an event name for other modules: " + eventName);
        }
        afterCommit(() -> push(username, () -> SseEmitter.event().name(eventName)
                .data(payload, MediaType.APPLICATION_JSON)));
    }

    @Override
    public boolean hasOpenPage(String username) {
        return !pages.getOrDefault(username, Set.of()).isEmpty();
    }

    private static void afterCommit(Runnable push) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            push.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                push.run();
            }
        });
    }

    /** What a page receives: the notification as the bell's list shows it. */
    record Pushed(long id, String title, String body, String link) {
    }

    /** A builder is used up by one send: each page gets its own. */
    private void push(String username, Supplier<SseEmitter.SseEventBuilder> event) {
        for (SseEmitter page : List.copyOf(pages.getOrDefault(username, Set.of()))) {
            send(page, event.get());
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
            try {
                page.completeWithError(gone);
            } catch (IllegalStateException alreadyFailed) {
                // the container ended the stream after an error of its own; nothing is left to complete
                log.debug("stream already ended", alreadyFailed);
            }
        }
    }
}
