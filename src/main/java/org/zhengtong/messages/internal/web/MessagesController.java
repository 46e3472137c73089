package org.zhengtong.messages.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.messages.internal.MessageRefused;
import org.zhengtong.messages.internal.MessageService;
import org.zhengtong.messages.internal.MessagesProperties;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * 在线联络's pages: one's conversations (/messages) with unread counts and presence, starting one with people of
 * the organization, a conversation (/messages/{id}: its latest messages, older ones on request, the send box), the
 * group's members, and the search in one's own history. Every id is a conversation the current user is in; any other
 * is refused (403) by the service.
 */
@Controller
@RequestMapping("/messages")
class MessagesController {

    private static final String START_KIND = "messages.start";
    private static final String SEND_KIND = "messages.send";

    private final MessageService messages;
    private final CurrentUsers currentUsers;
    private final RequestTransactions transactions;
    private final Refusals refusals;
    private final MessagesProperties properties;

    MessagesController(MessageService messages, CurrentUsers currentUsers, RequestTransactions transactions,
                       Refusals refusals, MessagesProperties properties) {
        this.messages = messages;
        this.currentUsers = currentUsers;
        this.transactions = transactions;
        this.refusals = refusals;
        this.properties = properties;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rows", messages.conversations(page));
        model.addAttribute("choices", messages.choices());
        model.addAttribute("maxGroupSize", properties.maxGroupSize());
        return "messages/index";
    }

    /** Starts a conversation with the chosen people (one: the pair's, found again), and opens it. */
    @PostMapping
    String start(@RequestParam(name = "people", required = false) List<String> people,
                 @RequestParam(required = false) String title, @RequestKey String key, Model model, Locale locale,
                 HttpServletResponse response) {
        try {
            long id = transactions.createOnce(START_KIND, key, () -> messages.start(people, title), created -> created);
            return "redirect:/messages/" + id;
        } catch (MessageRefused e) {
            response.setStatus(e.status().value());
            model.addAttribute("formError", refusals.message(e.messageKey(), locale, e.arguments()));
        } catch (BusinessRuleException e) {
            model.addAttribute("formError", refusals.conflict(e, locale, response));
        }
        return list(0, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("view", messages.open(id, before));
        model.addAttribute("maxLength", properties.maxLength());
        model.addAttribute("latest", before == null);
        model.addAttribute("me", currentUsers.current().username());
        if (!model.containsAttribute("choices")) {
            model.addAttribute("choices", messages.choices());
        }
        return "messages/conversation";
    }

    /** Sends the text; a refusal shows the conversation again with the message and the text kept. */
    @PostMapping("/{id}")
    String send(@PathVariable long id, @RequestParam(defaultValue = "") String text, @RequestKey String key,
                Model model, Locale locale, HttpServletResponse response) {
        try {
            long sent = transactions.createOnce(SEND_KIND, key, () -> messages.send(id, text), m -> m);
            return "redirect:/messages/" + id + "#m-" + sent;
        } catch (MessageRefused e) {
            response.setStatus(e.status().value());
            model.addAttribute("formError", refusals.message(e.messageKey(), locale, e.arguments()));
        } catch (BusinessRuleException e) {
            model.addAttribute("formError", refusals.conflict(e, locale, response));
        }
        model.addAttribute("text", text);
        return show(id, null, model);
    }

    @PostMapping("/{id}/members")
    String add(@PathVariable long id, @RequestParam(name = "people", required = false) List<String> people,
               Locale locale, RedirectAttributes redirect) {
        try {
            messages.addMembers(id, people);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", refusals.message(e.messageKey(), locale, e.arguments()));
        }
        return "redirect:/messages/" + id;
    }

    @PostMapping("/{id}/leave")
    String leave(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        messages.leave(id);
        redirect.addFlashAttribute("flashMessage", refusals.message("messages.left", locale));
        return "redirect:/messages";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                  Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("q", q);
        try {
            model.addAttribute("hits", messages.search(q, page));
        } catch (MessageRefused e) {
            response.setStatus(e.status().value());
            model.addAttribute("formError", refusals.message(e.messageKey(), locale, e.arguments()));
            model.addAttribute("hits", org.springframework.data.domain.Page.empty());
        }
        return "messages/search";
    }

    /** The navigation bar's icon with her unread count; the layout loads it with htmx and on every new message. */
    @GetMapping("/badge")
    String badge(Model model) {
        model.addAttribute("unread", messages.unreadCount(currentUsers.current().username()));
        return "messages/index :: badge";
    }
}
