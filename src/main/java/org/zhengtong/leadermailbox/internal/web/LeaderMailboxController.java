package org.zhengtong.leadermailbox.internal.web;

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
import org.zhengtong.leadermailbox.internal.LeaderMailboxService;
import org.zhengtong.leadermailbox.internal.LeaderMailboxStatistics;
import org.zhengtong.leadermailbox.internal.LetterViews;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;

/**
 * 领导信箱 ({@code /leader-mailbox}): 我的来信 and, for leaders and the people they named, 领导来信; 写信 (an anonymous
 * letter's reply code is shown on the answer to the sending request itself, never kept in the session); a letter's
 * page with 答复, 转部门拟答复 and the forwarding's task actions; 凭答复码查看 for anonymous writers; the leader's
 * 阅信人设置 and the unit's 信箱统计. Refusals show the page again: 400 for invalid input, 409 for a broken rule.
 */
@Controller
@RequestMapping("/leader-mailbox")
class LeaderMailboxController {

    private static final String KIND = "leadermailbox.letter";

    private final LeaderMailboxService letters;
    private final LeaderMailboxStatistics statistics;
    private final LetterViews views;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;

    LeaderMailboxController(LeaderMailboxService letters, LeaderMailboxStatistics statistics, LetterViews views,
                            CurrentUsers currentUsers, OrgDirectory directory, TaskActions taskActions,
                            RequestTransactions requests, Refusals refusals) {
        this.letters = letters;
        this.statistics = statistics;
        this.views = views;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.taskActions = taskActions;
        this.requests = requests;
        this.refusals = refusals;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("mine", views.rows(letters.mine(user), user));
        model.addAttribute("inbox", views.rows(letters.inbox(user), user));
        model.addAttribute("isLeader", letters.isLeader(user));
        model.addAttribute("mayWrite", !letters.leaders(user).isEmpty());
        model.addAttribute("mayCount", statistics.mayRead(user));
        return "leadermailbox/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, new LeaderMailboxService.LetterForm(null, null, null, false), null);
    }

    private String form(Model model, LeaderMailboxService.LetterForm form, String error) {
        model.addAttribute("form", form);
        model.addAttribute("leaders", letters.leaders(currentUsers.current()));
        model.addAttribute("error", error);
        return "leadermailbox/form";
    }

    /**
     * 发送. A named letter opens on its page; an anonymous one answers with its reply code on this response, claims
     * no request key (which would tie the account to the letter) and leaves nothing in the session.
     */
    @PostMapping
    String send(@RequestParam(defaultValue = "") String leader, @RequestParam(defaultValue = "") String subject,
                @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean anonymous,
                @RequestKey String key, Model model, HttpServletResponse response, RedirectAttributes redirect,
                Locale locale) {
        LeaderMailboxService.LetterForm form = new LeaderMailboxService.LetterForm(leader, subject, body, anonymous);
        CurrentUser user = currentUsers.current();
        try {
            if (anonymous) {
                model.addAttribute("sent", letters.send(form, user));
                return "leadermailbox/sent";
            }
            long id = requests.createOnce(KIND, key, () -> letters.send(form, user).id(), i -> i);
            redirect.addFlashAttribute("flashMessage", refusals.message("leadermailbox.sent", locale));
            return "redirect:/leader-mailbox/" + id;
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return form(model, form, refusals.message(e.messageKey(), locale, e.arguments()));
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return show(id, model, null);
    }

    private String show(long id, Model model, String error) {
        CurrentUser user = currentUsers.current();
        LetterViews.View letter = views.view(letters.readable(id, user), user);
        model.addAttribute("letter", letter);
        model.addAttribute("departments", letter.mayAnswer() ? directory.departments(user.unitId()) : List.of());
        model.addAttribute("panel", letter.processInstanceId() == null ? null
                : taskActions.panel("leadermailbox:" + id, letter.processInstanceId()));
        model.addAttribute("error", error);
        return "leadermailbox/show";
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            letters.answer(id, answer, currentUsers.current());
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return show(id, model, refusals.message(e.messageKey(), locale, e.arguments()));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("leadermailbox.answered", locale));
        return "redirect:/leader-mailbox/" + id;
    }

    @PostMapping("/{id}/forward")
    String forward(@PathVariable long id, @RequestParam(required = false) Long departmentId, Model model,
                   HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            letters.forward(id, departmentId, currentUsers.current());
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return show(id, model, refusals.message(e.messageKey(), locale, e.arguments()));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("leadermailbox.forwarded", locale));
        return "redirect:/leader-mailbox/" + id;
    }

    @GetMapping("/reply")
    String replyForm(Model model) {
        return "leadermailbox/reply";
    }

    /** 凭答复码查看: posted, so the code is in no address, history or access log. */
    @PostMapping("/reply")
    String reply(@RequestParam(defaultValue = "") String code, Model model, HttpServletResponse response,
                 Locale locale) {
        try {
            model.addAttribute("letter", views.codeView(letters.byReplyCode(code)));
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", refusals.message(e.messageKey(), locale, e.arguments()));
        }
        return "leadermailbox/reply";
    }

    @GetMapping("/settings")
    String settings(Model model) {
        return settings(model, null);
    }

    private String settings(Model model, String error) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("people", letters.nameable(user));
        model.addAttribute("readers", letters.myReaders(user));
        model.addAttribute("error", error);
        return "leadermailbox/settings";
    }

    @PostMapping("/settings")
    String nameReaders(@RequestParam(required = false) List<String> readers, Model model,
                       HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            letters.nameReaders(readers, currentUsers.current());
        } catch (BusinessRuleException e) {
            response.setStatus(e.status().value());
            return settings(model, refusals.message(e.messageKey(), locale, e.arguments()));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("leadermailbox.readersSaved", locale));
        return "redirect:/leader-mailbox/settings";
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("statistics", statistics.of(year, currentUsers.current()));
        return "leadermailbox/statistics";
    }
}
