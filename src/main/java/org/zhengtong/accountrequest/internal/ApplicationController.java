package org.zhengtong.accountrequest.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.AccountOpening.OpenedAccount;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * 账号申请: a unit administrator fills the application form for a person of their unit and follows their unit's
 * applications; the system administrator sees all of them and approves (the initial password is shown once) or
 * rejects with a reason. Refusals show the page again: 400 for invalid input, 409 for a broken rule.
 */
@Controller
@RequestMapping("/admin/applications")
@PreAuthorize("hasAnyAuthority('APPLICATION_SUBMIT','APPLICATION_DECIDE')")
class ApplicationController {

    private static final String REQUEST_KIND = "accountrequest.application";

    /** An application with the names of its unit and department. */
    record ApplicationRow(AccountApplication application, String unitName, String departmentName) {
    }

    private final AccountApplicationService applications;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final RequestTransactions requests;

    ApplicationController(AccountApplicationService applications, OrgDirectory directory, CurrentUsers currentUsers,
                          MessageSource messages, RequestTransactions requests) {
        this.applications = applications;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.requests = requests;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new ApplicationForm(currentUsers.current().unitId(), null, "", null, "", "", ""));
        return page(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('APPLICATION_SUBMIT')")
    String submit(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, @RequestKey String key,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.position() != null && !form.position().isBlank() && !directory.positions().contains(form.position())) {
            result.rejectValue("position", "typeMismatch");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
        try {
            requests.createOnce(REQUEST_KIND, key, () -> applications.submit(form).getId(), Long::valueOf);
        } catch (BusinessRuleException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model);
        }
        redirect.addFlashAttribute("flashMessage",
                messages.getMessage("applications.done.submitted", new Object[]{form.applicantName().strip()}, locale));
        return "redirect:/admin/applications";
    }

    /** Approves; the page shows the new account's initial password this once. */
    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('APPLICATION_DECIDE')")
    String approve(@PathVariable Long id, @RequestParam(required = false) String note, Model model, Locale locale,
                   HttpServletResponse response) {
        try {
            OpenedAccount issued = applications.approve(id, blankToNull(note));
            model.addAttribute("issued", issued);
            model.addAttribute("message",
                    messages.getMessage("applications.done.approved", new Object[]{issued.username()}, locale));
            return "admin/accounts/issued";
        } catch (BusinessRuleException | ConstraintViolationException | OptimisticLockingFailureException e) {
            return refused(e, model, locale, response);
        }
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('APPLICATION_DECIDE')")
    String reject(@PathVariable Long id, @RequestParam(required = false) String note, Model model, Locale locale,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (note == null || note.isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage("error.application.rejectReason", null, locale));
            return list(model);
        }
        try {
            applications.reject(id, note);
        } catch (BusinessRuleException | ConstraintViolationException | OptimisticLockingFailureException e) {
            return refused(e, model, locale, response);
        }
        redirect.addFlashAttribute("flashMessage", messages.getMessage("applications.done.rejected", null, locale));
        return "redirect:/admin/applications";
    }

    /**
     * A decision that could not be made: already decided (409), decided by another administrator at the same moment
     * (409), or an overlong note (400).
     */
    private String refused(RuntimeException e, Model model, Locale locale, HttpServletResponse response) {
        String message;
        if (e instanceof BusinessRuleException rule) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            message = messages.getMessage(rule.messageKey(), rule.arguments(), rule.messageKey(), locale);
        } else if (e instanceof ConstraintViolationException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            message = invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .collect(Collectors.joining("；"));
        } else {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            message = messages.getMessage("error.concurrentChange", null, locale);
        }
        model.addAttribute("error", message);
        return list(model);
    }

    private String page(Model model) {
        List<AccountApplication> inScope = applications.applicationsInScope();
        Map<Long, String> unitNames = names(inScope, AccountApplication::getUnitId,
                id -> directory.unit(id).map(OrgDirectory.UnitRef::name).orElse(null));
        Map<Long, String> departmentNames = names(inScope, AccountApplication::getDepartmentId,
                id -> directory.department(id).map(OrgDirectory.DepartmentRef::name).orElse(null));
        model.addAttribute("applications", inScope.stream()
                .map(application -> new ApplicationRow(application, unitNames.get(application.getUnitId()),
                        departmentNames.get(application.getDepartmentId())))
                .toList());
        CurrentUser user = currentUsers.current();
        if (user.unitId() != null) {
            model.addAttribute("unitName", directory.unit(user.unitId()).map(OrgDirectory.UnitRef::name).orElse(null));
            model.addAttribute("departments", directory.departments(user.unitId()));
        }
        model.addAttribute("positions", directory.positions());
        return "accountrequest/applications";
    }

    /** The names of the units or departments the applications name, each looked up once. */
    private static Map<Long, String> names(List<AccountApplication> applications,
                                           Function<AccountApplication, Long> id, Function<Long, String> name) {
        return applications.stream().map(id).filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), key -> Objects.requireNonNullElse(name.apply(key), "")));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
