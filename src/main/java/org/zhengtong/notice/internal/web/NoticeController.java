package org.zhengtong.notice.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.notice.internal.Audience;
import org.zhengtong.notice.internal.AudienceKind;
import org.zhengtong.notice.internal.NoticeForms;
import org.zhengtong.notice.internal.NoticeService;
import org.zhengtong.notice.internal.NoticeViews;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;

/**
 * 电子公告 ({@code /notices}): the notices one may read now (置顶 first, unread marked), a column's archive (expired
 * ones too), a notice's page (opening it is the read receipt; the publisher sees who read it; the review's task
 * actions), 发布公告 for a column's publishers, and the unit administrator's 栏目管理. Refusals show the page again:
 * 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/notices")
class NoticeController {

    private final NoticeService notices;
    private final NoticeViews views;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;

    NoticeController(NoticeService notices, NoticeViews views, CurrentUsers currentUsers, OrgDirectory directory,
                     TaskActions taskActions, RequestTransactions requests, Refusals refusals) {
        this.notices = notices;
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
        model.addAttribute("notices", views.rows(notices.current(user), user));
        model.addAttribute("columns", notices.readableColumns(user).stream().map(views::column).toList());
        model.addAttribute("mayPublish", !notices.publishableColumns(user).isEmpty());
        model.addAttribute("mayManage", user.can("NOTICE_MANAGE") && user.unitId() != null);
        return "notice/list";
    }

    @GetMapping("/columns/{id}")
    String archive(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("column", views.column(notices.readableColumn(id, user)));
        model.addAttribute("notices", views.rows(notices.archive(id, user), user));
        return "notice/archive";
    }

    /** An empty form, or one filled from a finished 通知, 通报 or 公告 ({@code ?documentId=}). */
    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long documentId, Model model) {
        return form(model, documentId == null
                ? new NoticeForms.NoticeForm(null, null, null, Classification.UNCLASSIFIED, null, null)
                : notices.fromDocument(documentId, null, null));
    }

    @PostMapping
    String submit(@ModelAttribute("form") NoticeForms.NoticeForm form, BindingResult result,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, @RequestKey String key,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form);
        }
        long id;
        try {
            id = requests.createOnce(NoticeForms.NoticeForm.REQUEST_KIND, key,
                    () -> notices.submit(form, files, currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            response.setStatus(e.status().value()); // 400 for input that names nothing valid
            return form(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("notice.submitted", locale));
        return "redirect:/notices/" + id;
    }

    private String form(Model model, NoticeForms.NoticeForm form) {
        model.addAttribute("form", form);
        model.addAttribute("columns", notices.publishableColumns(currentUsers.current()));
        model.addAttribute("classifications", Classification.values());
        return "notice/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.current();
        NoticeViews.View notice = requests.act(() -> notices.open(id, user),
                () -> views.view(notices.readable(id, user), user));
        model.addAttribute("notice", notice);
        model.addAttribute("files", notices.files(id, user));
        model.addAttribute("receipts", notice.oversee() ? views.receipts(notices.receipts(id, user)) : List.of());
        model.addAttribute("panel", notice.processInstanceId() == null ? null
                : taskActions.panel("notice:" + id, notice.processInstanceId()));
        return "notice/show";
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
        NoticeService.Download file = notices.download(id, fileId, currentUsers.current());
        return Downloads.attachment(file.name(), file.size(), file.content());
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        notices.withdraw(id, currentUsers.current());
        redirect.addFlashAttribute("flashMessage", refusals.message("notice.withdrawn", locale));
        return "redirect:/notices/" + id;
    }

    @GetMapping("/manage")
    String manage(@RequestParam(required = false) Long edit, Model model) {
        return manage(model, edit == null ? ColumnPageForm.empty()
                : ColumnPageForm.of(notices.columnForm(edit, currentUsers.current())), edit, null);
    }

    @PostMapping("/manage")
    String createColumn(@ModelAttribute ColumnPageForm page, @RequestKey String key, Model model,
                        HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            requests.createOnce(NoticeForms.ColumnForm.REQUEST_KIND, key,
                    () -> notices.createColumn(page.toForm(), currentUsers.current()), i -> i);
        } catch (BusinessRuleException e) {
            return refusedColumn(e, page, null, model, response, locale);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("notice.columnCreated", locale));
        return "redirect:/notices/manage";
    }

    @PostMapping("/manage/{id}")
    String updateColumn(@PathVariable long id, @ModelAttribute ColumnPageForm page, Model model,
                        HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        try {
            notices.updateColumn(id, page.toForm(), currentUsers.current());
        } catch (BusinessRuleException e) {
            return refusedColumn(e, page, id, model, response, locale);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("notice.columnUpdated", locale));
        return "redirect:/notices/manage";
    }

    @PostMapping("/manage/{id}/delete")
    String deleteColumn(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
                        Locale locale) {
        try {
            notices.deleteColumn(id, currentUsers.current());
        } catch (BusinessRuleException e) {
            return refusedColumn(e, ColumnPageForm.empty(), null, model, response, locale);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("notice.columnDeleted", locale));
        return "redirect:/notices/manage";
    }

    private String refusedColumn(BusinessRuleException e, ColumnPageForm page, Long editing, Model model,
                                 HttpServletResponse response, Locale locale) {
        response.setStatus(e.status().value());
        return manage(model, page, editing, refusals.message(e.messageKey(), locale, e.arguments()));
    }

    private String manage(Model model, ColumnPageForm page, Long editing, String error) {
        CurrentUser user = currentUsers.current();
        model.addAttribute("columns", notices.unitColumns(user).stream().map(views::column).toList());
        model.addAttribute("people", directory.people(user.unitId()));
        model.addAttribute("units", directory.units());
        model.addAttribute("departments", directory.departments(user.unitId()));
        model.addAttribute("positions", directory.positions());
        model.addAttribute("page", page);
        model.addAttribute("editing", editing);
        model.addAttribute("error", error);
        return "notice/manage";
    }

    /** 栏目管理's form: the audience as the page's check box and lists, kept when a refusal shows the page again. */
    record ColumnPageForm(String name, Integer sortOrder, List<String> publishers, List<String> reviewers,
                          Boolean city, List<Long> unitIds, List<Long> departmentIds, List<String> positions) {

        ColumnPageForm {
            city = Boolean.TRUE.equals(city);
            publishers = orEmpty(publishers);
            reviewers = orEmpty(reviewers);
            unitIds = orEmpty(unitIds);
            departmentIds = orEmpty(departmentIds);
            positions = orEmpty(positions);
        }

        static ColumnPageForm empty() {
            return new ColumnPageForm("", 0, null, null, false, null, null, null);
        }

        static ColumnPageForm of(NoticeForms.ColumnForm form) {
            List<Audience> audience = form.audience();
            return new ColumnPageForm(form.name(), form.sortOrder(), form.publishers(), form.reviewers(),
                    audience.stream().anyMatch(a -> a.kind() == AudienceKind.CITY),
                    refs(audience, AudienceKind.UNIT), refs(audience, AudienceKind.DEPARTMENT),
                    audience.stream().filter(a -> a.kind() == AudienceKind.POSITION).map(Audience::position).toList());
        }

        NoticeForms.ColumnForm toForm() {
            List<Audience> audience = new ArrayList<>();
            if (city) {
                audience.add(new Audience(AudienceKind.CITY, null, null));
            }
            unitIds.forEach(u -> audience.add(new Audience(AudienceKind.UNIT, u, null)));
            departmentIds.forEach(d -> audience.add(new Audience(AudienceKind.DEPARTMENT, d, null)));
            positions.forEach(p -> audience.add(new Audience(AudienceKind.POSITION, null, p)));
            return new NoticeForms.ColumnForm(name, sortOrder == null ? 0 : sortOrder, publishers, reviewers,
                    audience);
        }

        private static List<Long> refs(List<Audience> audience, AudienceKind kind) {
            return audience.stream().filter(a -> a.kind() == kind).map(Audience::refId).toList();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
