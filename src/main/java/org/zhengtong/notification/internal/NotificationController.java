package org.zhengtong.notification.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhengtong.platform.CurrentUsers;

/** 消息 ({@code /notifications}): the user's notifications, the unread badge of the navigation bar, mark read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationService notifications;
    private final PushChannel push;
    private final CurrentUsers currentUsers;

    NotificationController(NotificationService notifications, PushChannel push, CurrentUsers currentUsers) {
        this.notifications = notifications;
        this.push = push;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String page(Model model) {
        String username = currentUsers.current().username();
        model.addAttribute("notifications", notifications.latest(username));
        model.addAttribute("unread", notifications.unreadCount(username));
        return "notification/index";
    }

    /** The bell with the unread count; the layout loads it with htmx and refreshes it every minute. */
    @GetMapping("/badge")
    String badge(Model model) {
        model.addAttribute("unread", notifications.unreadCount(currentUsers.current().username()));
        return "notification/index :: badge";
    }

    /** New notifications as they come, for the layout's pop-up and reminder strip (server-sent events). */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        return push.subscribe(currentUsers.current().username());
    }

    /** With htmx only the item is replaced (and the badge told to refresh); a plain form post reloads the page. */
    @PostMapping("/{id}/read")
    String markRead(@PathVariable Long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Model model, HttpServletResponse response) {
        Notification notification = notifications.markRead(id, currentUsers.current().username());
        if (htmx == null) {
            return "redirect:/notifications";
        }
        response.setHeader("HX-Trigger", "notifications-changed");
        model.addAttribute("n", notification);
        return "notification/index :: item";
    }

    @PostMapping("/read-all")
    String markAllRead() {
        notifications.markAllRead(currentUsers.current().username());
        return "redirect:/notifications";
    }
}
