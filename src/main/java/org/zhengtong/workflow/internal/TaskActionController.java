package org.zhengtong.workflow.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The task actions for pages that include the kit's fragment with its own URLs ({@code /tasks/{taskId}/…},
 * {@code /processes/{processInstanceId}/…}): each acts, then goes back to the business object's page (its module's
 * {@link org.zhengtong.workflow.BusinessAccess#link}) with what happened, or with the reason it was refused and the
 * opinion as typed. A module that shows a refusal on its page itself posts to its own aliases instead (公文).
 */
@Controller
class TaskActionController {

    /** Form fields that are not the step's choices. */
    private static final Set<String> NOT_CHOICES = Set.of("opinion", "taskId", "_csrf");

    private final TaskActions tasks;
    private final Workflow workflow;
    private final ProcessTemplates templates;
    private final MessageSource messages;

    TaskActionController(TaskActions tasks, Workflow workflow, ProcessTemplates templates, MessageSource messages) {
        this.tasks = tasks;
        this.workflow = workflow;
        this.templates = templates;
        this.messages = messages;
    }

    @PostMapping("/tasks/{taskId}/send")
    String send(@PathVariable String taskId, @RequestParam(required = false) String opinion,
                @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect, Locale locale) {
        Map<String, List<String>> choices = form.entrySet().stream().filter(e -> !NOT_CHOICES.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String businessKey = tasks.businessKeyOf(taskId);
        String process = tasks.processOf(taskId);
        return perform(businessKey, opinion, redirect, locale, () -> {
            tasks.send(businessKey, taskId, new TaskDecision(opinion, choices));
            List<String> next = workflow.openTasks(process).stream().map(TodoTask::name).distinct().toList();
            return next.isEmpty() ? text(locale, "task.flash.sent")
                    : text(locale, "task.flash.sentTo", String.join("、", next));
        });
    }

    @PostMapping("/tasks/{taskId}/return")
    String returnTo(@PathVariable String taskId, @RequestParam(required = false) String returnTarget,
                    @RequestParam(required = false) String opinion, RedirectAttributes redirect, Locale locale) {
        String businessKey = tasks.businessKeyOf(taskId);
        return perform(businessKey, opinion, redirect, locale, () -> {
            tasks.returnTo(businessKey, taskId, returnTarget, opinion);
            return text(locale, "task.flash.returned");
        });
    }

    @PostMapping("/tasks/{taskId}/refuse")
    String refuse(@PathVariable String taskId, @RequestParam(required = false) String opinion,
                  RedirectAttributes redirect, Locale locale) {
        String businessKey = tasks.businessKeyOf(taskId);
        return perform(businessKey, opinion, redirect, locale, () -> {
            tasks.refuse(businessKey, taskId, opinion);
            return text(locale, "task.flash.refused");
        });
    }

    @PostMapping("/tasks/{taskId}/transfer")
    String transfer(@PathVariable String taskId, @RequestParam(required = false) String transferTo,
                    @RequestParam(required = false) String opinion, RedirectAttributes redirect, Locale locale) {
        String businessKey = tasks.businessKeyOf(taskId);
        return perform(businessKey, opinion, redirect, locale, () -> {
            tasks.transfer(businessKey, taskId, transferTo, opinion);
            return text(locale, "task.flash.transferred");
        });
    }

    @PostMapping("/tasks/{taskId}/add-signer")
    String addSigner(@PathVariable String taskId, @RequestParam(required = false) String addedSigner,
                     @RequestParam(required = false) String opinion, RedirectAttributes redirect, Locale locale) {
        String businessKey = tasks.businessKeyOf(taskId);
        return perform(businessKey, opinion, redirect, locale, () -> {
            tasks.addSigner(businessKey, taskId, addedSigner, opinion);
            return text(locale, "task.flash.signerAdded");
        });
    }

    @PostMapping("/processes/{processInstanceId}/withdraw")
    String withdraw(@PathVariable String processInstanceId, RedirectAttributes redirect, Locale locale) {
        String businessKey = businessKeyOfProcess(processInstanceId);
        return perform(businessKey, null, redirect, locale, () -> {
            tasks.withdraw(businessKey, processInstanceId);
            return text(locale, "task.flash.withdrawn");
        });
    }

    @PostMapping("/processes/{processInstanceId}/urge")
    String urge(@PathVariable String processInstanceId, @RequestParam(required = false) String message,
                RedirectAttributes redirect, Locale locale) {
        String businessKey = businessKeyOfProcess(processInstanceId);
        return perform(businessKey, null, redirect, locale, () -> {
            tasks.urge(businessKey, processInstanceId, message);
            return text(locale, "task.flash.urged");
        });
    }

    @PostMapping("/processes/{processInstanceId}/terminate")
    String terminate(@PathVariable String processInstanceId, @RequestParam(required = false) String reason,
                     RedirectAttributes redirect, Locale locale) {
        String businessKey = businessKeyOfProcess(processInstanceId);
        return perform(businessKey, null, redirect, locale, () -> {
            tasks.terminate(businessKey, processInstanceId, reason);
            return text(locale, "task.flash.terminated");
        });
    }

    @PostMapping("/processes/{processInstanceId}/reassign")
    String reassign(@PathVariable String processInstanceId, @RequestParam String taskId,
                    @RequestParam(required = false) String reassignTo, RedirectAttributes redirect, Locale locale) {
        String businessKey = businessKeyOfProcess(processInstanceId);
        return perform(businessKey, null, redirect, locale, () -> {
            tasks.reassign(businessKey, taskId, reassignTo);
            return text(locale, "task.flash.reassigned");
        });
    }

    private String businessKeyOfProcess(String processInstanceId) {
        return workflow.businessKey(processInstanceId)
                .orElseThrow(() -> new NotFoundException("businessObject", processInstanceId));
    }

    /** Back to the object's page: with what happened, or with why nothing did (and the opinion as typed). */
    private String perform(String businessKey, String opinion, RedirectAttributes redirect, Locale locale,
                           Supplier<String> action) {
        String page = templates.access(businessKey).orElseThrow(() -> new NotFoundException("businessObject", businessKey))
                .link(businessKey);
        try {
            redirect.addFlashAttribute("flashMessage", action.get());
        } catch (NotFoundException answeredElsewhere) {
            throw answeredElsewhere;
        } catch (BusinessRuleException refused) {
            redirect.addFlashAttribute("flashError",
                    messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
            redirect.addFlashAttribute("opinion", opinion);
        }
        return "redirect:" + page;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
