package org.zhengtong.workflow.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.WorkflowException;

/** 代办 ({@code /todo/delegations}): register, list and cancel one's own delegations; see those made to oneself. */
@Controller
@RequestMapping("/todo/delegations")
class DelegationController {

    private static final String REQUEST_KIND = "workflow.delegation";

    private final DelegationService delegations;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final Clock clock;
    private final RequestTransactions requests;

    DelegationController(DelegationService delegations, CurrentUsers currentUsers, OrgDirectory directory,
                         MessageSource messages, Clock clock, RequestTransactions requests) {
        this.delegations = delegations;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
        this.requests = requests;
    }

    @GetMapping
    String page(Model model) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return page(model, new DelegationForm(null, now, now.plusDays(1), null));
    }

    @PostMapping
    String register(@ModelAttribute("form") DelegationForm form, BindingResult invalidTimes, @RequestKey String key,
                    Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            if (invalidTimes.hasErrors()) {
                throw new WorkflowException("todo.delegation.error.timeRequired");
            }
            String from = currentUsers.current().username();
            requests.createOnce(REQUEST_KIND, key, () -> delegations.register(from, form).id(), Long::valueOf);
        } catch (WorkflowException e) {
            response.setStatus(422);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            // times that could not be read leave no form object behind
            return page(model, form != null ? form : new DelegationForm(null, null, null, null));
        }
        redirect.addFlashAttribute("flashMessage", messages.getMessage("todo.delegation.saved", null, locale));
        return "redirect:/todo/delegations";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable Long id, RedirectAttributes redirect, Locale locale) {
        try {
            delegations.cancel(id, currentUsers.current().username());
            redirect.addFlashAttribute("flashMessage", messages.getMessage("todo.delegation.cancelled", null, locale));
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/todo/delegations";
    }

    private String page(Model model, DelegationForm form) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("form", form);
        model.addAttribute("given", delegations.given(user.username()));
        model.addAttribute("received", delegations.received(user.username()));
        model.addAttribute("people", user.unitId() == null ? List.of() : directory.people(user.unitId()).stream()
                .filter(p -> !p.username().equals(user.username())).toList());
        return "todo/delegations";
    }
}
