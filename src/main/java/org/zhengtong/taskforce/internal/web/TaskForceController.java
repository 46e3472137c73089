package org.zhengtong.taskforce.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.meeting.MeetingPlans;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.Refusals;
import org.zhengtong.taskforce.internal.AssignmentForm;
import org.zhengtong.taskforce.internal.AssignmentService;
import org.zhengtong.taskforce.internal.AssignmentView;
import org.zhengtong.taskforce.internal.MemberRole;
import org.zhengtong.taskforce.internal.StructureView;
import org.zhengtong.taskforce.internal.TaskForceForms;
import org.zhengtong.taskforce.internal.TaskForcePrint;
import org.zhengtong.taskforce.internal.TaskForceService;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TaskActions;

/**
 * 专项工作 ({@code /taskforce}): the groups one may open (and setting one up, for the 专项工作管理员); a group's page with
 * its structure (kept there by its office), 召开小组会议, 撤销 and the printed structure; the office's board of every
 * working group's tasks with 交办 and 催办; a task's page with its progress reports, the report form for its handler
 * and the kit's task actions (提交办结, 验收, 退回). A refused change shows the page again with the reason (409, or 400
 * for input that cannot be read), nothing saved.
 */
@Controller
@RequestMapping("/taskforce")
class TaskForceController {

    private final TaskForceService taskForces;
    private final AssignmentService assignments;
    private final TaskForcePrint print;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final OrgDirectory directory;
    private final java.time.Clock clock;

    TaskForceController(TaskForceService taskForces, AssignmentService assignments, TaskForcePrint print,
                        TaskActions taskActions, RequestTransactions requests, Refusals refusals,
                        OrgDirectory directory, java.time.Clock clock) {
        this.taskForces = taskForces;
        this.assignments = assignments;
        this.print = print;
        this.taskActions = taskActions;
        this.requests = requests;
        this.refusals = refusals;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("taskForces", taskForces.list());
        model.addAttribute("mayCreate", taskForces.mayCreate());
        model.addAttribute("units", taskForces.units());
        return "taskforce/list";
    }

    @PostMapping
    String create(@ModelAttribute TaskForceForms.Basics form, @RequestKey String key, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            long id = requests.createOnce(TaskForceForms.Basics.REQUEST_KIND, key, () -> taskForces.create(form),
                    i -> i);
            redirect.addFlashAttribute("flashMessage", refusals.message("taskforce.created", locale));
            return "redirect:/taskforce/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return list(model);
        }
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        StructureView structure = taskForces.structure(id);
        model.addAttribute("tf", structure);
        model.addAttribute("roles", MemberRole.values());
        if (structure.editable()) {
            model.addAttribute("people", taskForces.people());
            model.addAttribute("units", taskForces.units());
            LocalDateTime start = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.DAYS).withHour(9);
            model.addAttribute("meetingStart", start);
            model.addAttribute("meetingEnd", start.plusHours(2));
        }
        return "taskforce/show";
    }

    @GetMapping("/{id:\\d+}/structure.pdf")
    ResponseEntity<byte[]> structurePdf(@PathVariable long id) {
        StructureView structure = taskForces.structure(id);
        return Downloads.inline(structure.name() + ".pdf", print.structurePdf(structure));
    }

    @PostMapping("/{id:\\d+}/basics")
    String update(@PathVariable long id, @ModelAttribute TaskForceForms.Basics form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, () -> taskForces.update(id, form), "taskforce.saved", model, response, redirect, locale);
    }

    @PostMapping("/{id:\\d+}/members")
    String addMember(@PathVariable long id, @ModelAttribute TaskForceForms.MemberEntry form, Model model,
                     HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, () -> taskForces.addMember(id, form), "taskforce.saved", model, response, redirect, locale);
    }

    @PostMapping("/{id:\\d+}/members/{memberId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long memberId, Model model, HttpServletResponse response,
                        RedirectAttributes redirect, Locale locale) {
        return change(id, () -> taskForces.removeMember(id, memberId), "taskforce.saved", model, response, redirect,
                locale);
    }

    @PostMapping("/{id:\\d+}/groups")
    String addGroup(@PathVariable long id, @ModelAttribute TaskForceForms.Group form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, () -> taskForces.addGroup(id, form), "taskforce.saved", model, response, redirect, locale);
    }

    @PostMapping("/{id:\\d+}/groups/{groupId:\\d+}")
    String updateGroup(@PathVariable long id, @PathVariable long groupId, @ModelAttribute TaskForceForms.Group form,
                       Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, () -> taskForces.updateGroup(id, groupId, form), "taskforce.saved", model, response,
                redirect, locale);
    }

    @PostMapping("/{id:\\d+}/groups/{groupId:\\d+}/remove")
    String removeGroup(@PathVariable long id, @PathVariable long groupId, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, Locale locale) {
        return change(id, () -> taskForces.removeGroup(id, groupId), "taskforce.saved", model, response, redirect,
                locale);
    }

    @PostMapping("/{id:\\d+}/groups/{groupId:\\d+}/units")
    String addGroupUnit(@PathVariable long id, @PathVariable long groupId,
                        @ModelAttribute TaskForceForms.GroupUnitEntry form, Model model, HttpServletResponse response,
                        RedirectAttributes redirect, Locale locale) {
        return change(id, () -> taskForces.addGroupUnit(id, groupId, form), "taskforce.saved", model, response,
                redirect, locale);
    }

    @PostMapping("/{id:\\d+}/units/{groupUnitId:\\d+}/remove")
    String removeGroupUnit(@PathVariable long id, @PathVariable long groupUnitId, Model model,
                           HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return change(id, () -> taskForces.removeGroupUnit(id, groupUnitId), "taskforce.saved", model, response,
                redirect, locale);
    }

    @PostMapping("/{id:\\d+}/close")
    String close(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
                 Locale locale) {
        return change(id, () -> taskForces.close(id), "taskforce.closed", model, response, redirect, locale);
    }

    @PostMapping("/{id:\\d+}/meeting")
    String meeting(@PathVariable long id, @RequestParam(required = false) String title,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime end,
                   @RequestParam(required = false) String location, @RequestKey String key, Model model,
                   HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            long meetingId = requests.createOnce("taskforce.meeting", key,
                    () -> taskForces.callMeeting(id, title, start, end, location), i -> i);
            redirect.addFlashAttribute("flashMessage", refusals.message("taskforce.meetingPlanned", locale));
            return "redirect:" + MeetingPlans.link(meetingId) + "/edit";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return show(id, model);
        }
    }

    // ------------------------------------------------------------------ the office's board and the tasks

    @GetMapping("/{id:\\d+}/board")
    String board(@PathVariable long id, Model model, Locale locale) {
        StructureView structure = taskForces.structure(id);
        List<AssignmentView> tasks = assignments.board(id);
        model.addAttribute("tf", structure);
        model.addAttribute("tasks", tasks);
        Map<String, List<AssignmentView>> byGroup = new java.util.LinkedHashMap<>();
        structure.groups().forEach(g -> byGroup.put(g.name(), new ArrayList<>()));
        String direct = refusals.message("taskforce.board.direct", locale);
        for (AssignmentView task : tasks) {
            byGroup.computeIfAbsent(task.groupName() == null ? direct : task.groupName(), g -> new ArrayList<>())
                    .add(task);
        }
        model.addAttribute("byGroup", byGroup);
        model.addAttribute("overdue", tasks.stream().filter(AssignmentView::overdue).count());
        model.addAttribute("open", tasks.stream().filter(t -> t.status().open()).count());
        if (structure.editable()) {
            model.addAttribute("handlers", structure.people().stream().collect(Collectors.toMap(Function.identity(),
                    u -> directory.nameOf(u) + directory.person(u).flatMap(p -> directory.unit(p.unitId()))
                            .map(unit -> "（" + unit.displayName() + "）").orElse(""), (a, b) -> a,
                    java.util.LinkedHashMap::new)));
            model.addAttribute("defaultDue", LocalDate.now(clock).plusDays(14));
        }
        return "taskforce/board";
    }

    @PostMapping("/{id:\\d+}/tasks")
    String hand(@PathVariable long id, @ModelAttribute AssignmentForm form, @RequestKey String key, Model model,
                HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            long taskId = requests.createOnce(AssignmentForm.REQUEST_KIND, key, () -> assignments.hand(id, form),
                    i -> i);
            redirect.addFlashAttribute("flashMessage", refusals.message("taskforce.assigned", locale));
            return "redirect:/taskforce/tasks/" + taskId;
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return board(id, model, locale);
        }
    }

    @PostMapping("/{id:\\d+}/tasks/{taskId:\\d+}/urge")
    String urge(@PathVariable long id, @PathVariable long taskId, @RequestParam(required = false) String message,
                Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(() -> assignments.urge(taskId, message), () -> null);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return board(id, model, locale);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("taskforce.urged", locale));
        return "redirect:/taskforce/" + id + "/board";
    }

    @GetMapping("/tasks/{id:\\d+}")
    String task(@PathVariable long id, Model model) {
        AssignmentView task = assignments.view(id);
        model.addAttribute("task", task);
        model.addAttribute("panel", taskActions.panel(task.businessKey(), task.processInstanceId()));
        model.addAttribute("mayReport", assignments.mayReport(id));
        List<HistoryStep> history = assignments.history(id);
        model.addAttribute("history", history);
        model.addAttribute("names", history.stream().map(HistoryStep::handler).filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), directory::nameOf)));
        return "taskforce/task";
    }

    @PostMapping("/tasks/{id:\\d+}/progress")
    String report(@PathVariable long id, @RequestParam(defaultValue = "0") int percentDone,
                  @RequestParam(required = false) String text,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
        List<AssignmentService.Upload> uploads = AssignmentService.Upload.of(files);
        try {
            requests.act(() -> assignments.report(id, percentDone, text, uploads), () -> null);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return task(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("taskforce.reported", locale));
        return "redirect:/taskforce/tasks/" + id;
    }

    @GetMapping("/tasks/{id:\\d+}/files/{fileId:\\d+}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId) {
        AssignmentService.Download file = assignments.file(id, fileId);
        return Downloads.inline(file.name(), file.size(), file.content());
    }

    private String change(long id, Runnable action, String done, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, Locale locale) {
        try {
            requests.act(action, () -> null);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return show(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message(done, locale));
        return "redirect:/taskforce/" + id;
    }
}
