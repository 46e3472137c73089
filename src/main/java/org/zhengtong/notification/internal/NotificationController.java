package org.zhengtong.notification.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.notification.ReminderKind;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Refusals;

/** 消息 ({@code /notifications}): the user's notifications, the unread badge of the navigation bar, mark read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationService notifications;
    private final PushChannel push;
    private final ReminderPreferences preferences;
    private final CurrentUsers currentUsers;
    private final Refusals refusals;

    NotificationController(NotificationService notifications, PushChannel push, ReminderPreferences preferences,
                           CurrentUsers currentUsers, Refusals refusals) {
        this.notifications = notifications;
        this.push = push;
        this.preferences = preferences;
        this.currentUsers = currentUsers;
        this.refusals = refusals;
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

    /** 提醒设置: per kind the pop-up, e-mail and SMS, and the quiet hours. */
    @GetMapping("/preferences")
    String preferences(Model model) {
        String username = currentUsers.current().username();
        model.addAttribute("kinds", ReminderKind.values());
        model.addAttribute("channels", preferences.channels(username));
        model.addAttribute("quiet", preferences.quietHours(username).orElse(null));
        return "notification/preferences";
    }

    /**
     * The ticked kinds per channel, and the quiet hours as HH:mm (both or neither). Anything else is refused with 400
     * and nothing changes.
     */
    @PostMapping("/preferences")
    String savePreferences(@RequestParam(defaultValue = "") Set<String> popup,
                           @RequestParam(defaultValue = "") Set<String> email,
                           @RequestParam(defaultValue = "") Set<String> sms,
                           @RequestParam(defaultValue = "") String quietStart,
                           @RequestParam(defaultValue = "") String quietEnd,
                           Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        String username = currentUsers.current().username();
        Set<String> kinds = Arrays.stream(ReminderKind.values()).map(Enum::name).collect(Collectors.toSet());
        Optional<ReminderPreferences.QuietHours> quiet = quietHours(quietStart.strip(), quietEnd.strip());
        boolean halfQuiet = quiet.isEmpty() && !(quietStart.isBlank() && quietEnd.isBlank());
        if (!kinds.containsAll(popup) || !kinds.containsAll(email) || !kinds.containsAll(sms) || halfQuiet) {
            model.addAttribute("formError", refusals.invalid(halfQuiet ? "notification.preferences.error.quiet"
                    : "notification.preferences.error.kind", locale, response));
            return preferences(model);
        }
        Map<ReminderKind, ReminderPreferences.Channels> chosen = new EnumMap<>(ReminderKind.class);
        for (ReminderKind kind : ReminderKind.values()) {
            chosen.put(kind, new ReminderPreferences.Channels(popup.contains(kind.name()), email.contains(kind.name()),
                    sms.contains(kind.name())));
        }
        preferences.save(username, chosen, quiet);
        redirect.addFlashAttribute("flashMessage", refusals.message("notification.preferences.saved", locale));
        return "redirect:/notifications/preferences";
    }

    private static Optional<ReminderPreferences.QuietHours> quietHours(String start, String end) {
        try {
            LocalTime from = LocalTime.parse(start);
            LocalTime to = LocalTime.parse(end);
            return from.equals(to) ? Optional.empty() : Optional.of(new ReminderPreferences.QuietHours(from, to));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
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
