package org.zhengtong.messages.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Feeds the {@link PresenceBoard} and the offline delivery: every request a person makes counts as activity, except
 * what an open page fetches by itself (the reminders' stream, the bell's and the messages' badges); a login counts
 * too and announces what came while she was away ({@link OfflineDelivery}); a logout makes her offline. A failure
 * here never fails the login: it is logged, and the unread count still shows on every page.
 */
@Configuration(proxyBeanMethods = false)
class ActivityTracking implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ActivityTracking.class);
    /** Requests a page makes on its own. */
    static final Set<String> BACKGROUND = Set.of("/notifications/stream", "/notifications/badge", "/messages/badge");

    private final PresenceBoard presence;
    private final OfflineDelivery delivery;

    ActivityTracking(PresenceBoard presence, OfflineDelivery delivery) {
        this.presence = presence;
        this.delivery = delivery;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Principal principal = request.getUserPrincipal();
                if (principal != null && !BACKGROUND.contains(
                        request.getRequestURI().substring(request.getContextPath().length()))) {
                    presence.active(principal.getName());
                }
                return true;
            }
        });
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        presence.active(username);
        try {
            delivery.announce(username);
        } catch (RuntimeException e) {
            log.warn("the messages that came while {} was away were not announced at login", username, e);
        }
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        presence.loggedOut(event.getAuthentication().getName());
    }
}
