package org.zhengtong.workflow.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.WorkflowException;

/**
 * The to-do window ({@code /todo}): 待办, 已办, 我发起的, 传阅件 and 督办 in one place. The filters refresh the list
 * alone through htmx; without JavaScript the same form reloads the page. A page shows {@link TodoWindow#PAGE_SIZE}
 * rows; the pages keep the filters.
 */
@Controller
@RequestMapping("/todo")
class TodoController {

    private final TodoWindow window;
    private final Workflow workflow;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    TodoController(TodoWindow window, Workflow workflow, CurrentUsers currentUsers, MessageSource messages) {
        this.window = window;
        this.workflow = workflow;
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @GetMapping
    String todo(@RequestParam(defaultValue = "pending") String tab, @ModelAttribute("filter") TodoFilter filter,
                BindingResult ignoredInvalidFilter, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Target", required = false) String target, HttpServletRequest request,
                Model model) {
        CurrentUser user = currentUsers.current();
        TodoWindow.Tab selected = tab(tab);
        // filter values that could not be read (a malformed date) leave no filter object: show everything
        TodoFilter effective = filter != null ? filter : TodoFilter.NONE;
        TodoWindow.Page shown = window.page(selected, user.username(), effective, Math.max(page, 0),
                TodoWindow.PAGE_SIZE);
        model.addAttribute("tab", selected);
        model.addAttribute("filter", effective);
        model.addAttribute("rows", shown.rows());
        model.addAttribute("options", shown.options());
        model.addAttribute("counts", shown.counts());
        model.addAttribute("page", new PageImpl<>(shown.rows(), PageRequest.of(shown.number(), shown.size()),
                shown.total()));
        model.addAttribute("previousPage", pageLink(request, shown.number() - 1));
        model.addAttribute("nextPage", pageLink(request, shown.number() + 1));
        return "todo-list".equals(target) ? "todo/index :: list" : "todo/index";
    }

    @GetMapping("/supervision")
    String supervision(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("tab", "SUPERVISION");
        model.addAttribute("rows", window.supervision(user));
        model.addAttribute("counts", window.counts(user.username()));
        model.addAttribute("maxMessage", Workflow.MAX_URGE_MESSAGE);
        return "todo/supervision";
    }

    /** 催办 from the supervision page: every open step of the process. */
    @PostMapping("/supervision/urge")
    String urge(@RequestParam String processInstanceId, @RequestParam(required = false) String message,
                RedirectAttributes redirect, Locale locale) {
        try {
            if (message != null && message.length() > Workflow.MAX_URGE_MESSAGE) {
                throw new WorkflowException("todo.urge.tooLong", Workflow.MAX_URGE_MESSAGE);
            }
            workflow.urge(processInstanceId, currentUsers.current().username(), message);
            redirect.addFlashAttribute("flashMessage", messages.getMessage("todo.urge.sent", null, locale));
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("flashError", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/todo/supervision";
    }

    /** This request's address with another page: the tab and the filters stay. */
    private static String pageLink(HttpServletRequest request, int page) {
        // relative, like the redirects: the request's Host header chooses no link
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", Math.max(page, 0)).build().toUriString();
    }

    private static TodoWindow.Tab tab(String name) {
        for (TodoWindow.Tab tab : TodoWindow.Tab.values()) {
            if (tab.name().equalsIgnoreCase(name)) {
                return tab;
            }
        }
        return TodoWindow.Tab.PENDING;
    }
}
