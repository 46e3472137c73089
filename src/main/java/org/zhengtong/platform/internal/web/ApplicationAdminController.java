package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.internal.account.AccountApplication;
import org.zhengtong.platform.internal.account.AccountApplicationService;
import org.zhengtong.platform.internal.account.ApplicationForm;
import org.zhengtong.platform.internal.account.IssuedPassword;
import org.zhengtong.platform.internal.org.Department;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.platform.internal.org.Unit;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * 账号申请: a unit administrator fills the application form for a person of their unit and follows their unit's
 * applications; the system administrator sees all of them and approves (the initial password is shown once) or
 * rejects with a reason.
 */
@Controller
@RequestMapping("/admin/applications")
@PreAuthorize("hasAnyAuthority('APPLICATION_SUBMIT','APPLICATION_DECIDE')")
class ApplicationAdminController {

    /** An application with the names of its unit and department. */
    record ApplicationRow(AccountApplication application, String unitName, String departmentName) {
    }

    private final AccountApplicationService applications;
    private final OrganizationService organization;
    private final DataScope scope;
    private final Refusals refusals;

    ApplicationAdminController(AccountApplicationService applications, OrganizationService organization,
                               DataScope scope, Refusals refusals) {
        this.applications = applications;
        this.organization = organization;
        this.scope = scope;
        this.refusals = refusals;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = scope.current();
        model.addAttribute("form", new ApplicationForm(user.unitId(), null, "", null, "", "", ""));
        return page(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('APPLICATION_SUBMIT')")
    String submit(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, Model model,
                  Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return page(model);
        }
        try {
            applications.submit(form);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return page(model);
        }
        redirect.addFlashAttribute("flashMessage",
                refusals.message("applications.done.submitted", locale, form.applicantName().strip()));
        return "redirect:/admin/applications";
    }

    /** Approves; the page shows the new account's initial password this once. */
    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('APPLICATION_DECIDE')")
    String approve(@PathVariable Long id, @RequestParam(required = false) String note, Model model, Locale locale,
                   HttpServletResponse response) {
        try {
            IssuedPassword issued = applications.approve(id, blankToNull(note));
            model.addAttribute("issued", issued);
            model.addAttribute("message", refusals.message("applications.done.approved", locale, issued.username()));
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
            model.addAttribute("error", refusals.invalid("error.application.rejectReason", locale, response));
            return list(model);
        }
        try {
            applications.reject(id, note);
        } catch (BusinessRuleException | ConstraintViolationException | OptimisticLockingFailureException e) {
            return refused(e, model, locale, response);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("applications.done.rejected", locale));
        return "redirect:/admin/applications";
    }

    /**
     * A decision that could not be made: already decided (409), decided by another administrator at the same moment
     * (409), or an overlong note (400).
     */
    private String refused(RuntimeException e, Model model, Locale locale, HttpServletResponse response) {
        String message;
        if (e instanceof BusinessRuleException rule) {
            message = refusals.conflict(rule, locale, response);
        } else if (e instanceof ConstraintViolationException invalid) {
            message = refusals.invalid(invalid, response);
        } else {
            message = refusals.conflict("error.concurrentChange", locale, response);
        }
        model.addAttribute("error", message);
        return list(model);
    }

    private String page(Model model) {
        List<AccountApplication> inScope = applications.applicationsInScope();
        Map<Long, String> unitNames = organization.allUnits().stream()
                .collect(Collectors.toMap(Unit::getId, Unit::getName));
        Map<Long, String> departmentNames = new HashMap<>();
        inScope.stream().map(AccountApplication::getUnitId).distinct()
                .forEach(unitId -> organization.departmentsOf(unitId)
                        .forEach(department -> departmentNames.put(department.getId(), department.getName())));
        model.addAttribute("applications", inScope.stream()
                .map(application -> new ApplicationRow(application, unitNames.get(application.getUnitId()),
                        departmentNames.get(application.getDepartmentId())))
                .toList());
        Long ownUnit = scope.current().unitId();
        if (ownUnit != null) {
            model.addAttribute("unitName", unitNames.get(ownUnit));
            model.addAttribute("departments", organization.departmentsOf(ownUnit).stream()
                    .filter(Department::isEnabled).toList());
        }
        model.addAttribute("positions", Position.values());
        return "admin/applications";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
