package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.internal.org.DepartmentForm;
import org.zhengtong.platform.internal.org.OrganizationDirectory;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.org.PersonForm;
import org.zhengtong.platform.internal.org.Position;
import org.zhengtong.platform.internal.org.UnitForm;
import org.zhengtong.platform.internal.org.UnitKind;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * 组织机构管理: the unit tree, a unit's page, and the forms for units, departments and people. Scope checks run
 * before validation, so a request outside the user's units gets 403 and never a form. Invalid input re-renders the
 * form with 400, a broken business rule with 409; a success redirects with a flash message.
 */
@Controller
@RequestMapping("/admin/org")
class OrgController {

    private static final String FORM = "form";

    private final OrganizationService organization;
    private final OrganizationDirectory directory;
    private final DataScope scope;
    private final MessageSource messages;
    private final RequestTransactions requests;

    OrgController(OrganizationService organization, OrganizationDirectory directory, DataScope scope,
                  MessageSource messages, RequestTransactions requests) {
        this.organization = organization;
        this.directory = directory;
        this.scope = scope;
        this.messages = messages;
        this.requests = requests;
    }

    @GetMapping
    String tree(Model model) {
        Long ownUnit = scope.confinedUnitId();
        if (ownUnit != null) {
            // a unit administrator has only one unit to look at; anyone else is refused here already
            scope.requireUnitAdministration(ownUnit);
            return "redirect:/admin/org/units/" + ownUnit;
        }
        model.addAttribute("tree", directory.unitTree());
        return "org/tree";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable Long id, Model model) {
        model.addAttribute("overview", directory.overview(id));
        model.addAttribute("systemAdmin", scope.isSystemAdmin());
        return "org/unit";
    }

    // ---- units -------------------------------------------------------------------------------------------

    @GetMapping("/units/new")
    String newUnit(@RequestParam(required = false) Long parentId, Model model) {
        scope.requireSystemAdmin();
        model.addAttribute(FORM, new UnitForm("", "", "", UnitKind.CITY_UNIT, parentId, 0));
        return unitFormPage(model, null);
    }

    @PostMapping("/units")
    String createUnit(@Valid @ModelAttribute(FORM) UnitForm form, BindingResult binding, @RequestKey String key,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        scope.requireSystemAdmin();
        if (binding.hasErrors()) {
            keepForm(form, binding, model);
            return invalid(response, unitFormPage(model, null));
        }
        try {
            long id = requests.createOnce(UnitForm.REQUEST_KIND, key, () -> organization.createUnit(form).getId(),
                    Long::valueOf);
            flash(redirect, locale, "org.unit.created", form.name().strip());
            return "redirect:/admin/org/units/" + id;
        } catch (BusinessRuleException e) {
            return refused(e, model, response, locale, unitFormPage(model, null));
        }
    }

    @GetMapping("/units/{id}/edit")
    String editUnit(@PathVariable Long id, Model model) {
        model.addAttribute(FORM, directory.unitForm(id));
        return unitFormPage(model, id);
    }

    @PostMapping("/units/{id}")
    String updateUnit(@PathVariable Long id, @Valid @ModelAttribute(FORM) UnitForm form, BindingResult binding,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        scope.requireSystemAdmin();
        if (binding.hasErrors()) {
            keepForm(form, binding, model);
            return invalid(response, unitFormPage(model, id));
        }
        try {
            organization.updateUnit(id, form);
            flash(redirect, locale, "org.unit.updated", form.name().strip());
            return "redirect:/admin/org/units/" + id;
        } catch (BusinessRuleException e) {
            return refused(e, model, response, locale, unitFormPage(model, id));
        }
    }

    @PostMapping("/units/{id}/enabled")
    String setUnitEnabled(@PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes redirect,
                          Locale locale) {
        organization.setUnitEnabled(id, enabled);
        flash(redirect, locale, enabled ? "org.enabled" : "org.disabled", directory.unitEntry(id).name());
        return "redirect:/admin/org/units/" + id;
    }

    @PostMapping("/units/{id}/delete")
    String deleteUnit(@PathVariable Long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
                      Locale locale) {
        String name = directory.unitEntry(id).name();
        try {
            organization.deleteUnit(id);
        } catch (BusinessRuleException e) {
            model.addAttribute(FORM, directory.unitForm(id));
            return refused(e, model, response, locale, unitFormPage(model, id));
        }
        flash(redirect, locale, "org.unit.deleted", name);
        return "redirect:/admin/org";
    }

    private String unitFormPage(Model model, Long id) {
        model.addAttribute("entry", id == null ? null : directory.unitEntry(id));
        model.addAttribute("parents", directory.unitOptions());
        model.addAttribute("kinds", UnitKind.values());
        return "org/unit-form";
    }

    // ---- departments -------------------------------------------------------------------------------------

    @GetMapping("/units/{unitId}/departments/new")
    String newDepartment(@PathVariable Long unitId, Model model) {
        scope.requireUnitAdministration(unitId);
        model.addAttribute(FORM, new DepartmentForm(unitId, "", 0, null, null));
        return departmentFormPage(model, null, unitId);
    }

    @PostMapping("/departments")
    String createDepartment(@Valid @ModelAttribute(FORM) DepartmentForm form, BindingResult binding,
                            @RequestKey String key, Model model, HttpServletResponse response,
                            RedirectAttributes redirect, Locale locale) {
        scope.requireUnitAdministration(form.unitId());
        if (binding.hasErrors()) {
            keepForm(form, binding, model);
            return invalid(response, departmentFormPage(model, null, form.unitId()));
        }
        try {
            requests.createOnce(DepartmentForm.REQUEST_KIND, key, () -> organization.createDepartment(form).getId(),
                    Long::valueOf);
            flash(redirect, locale, "org.department.created", form.name().strip());
            return "redirect:/admin/org/units/" + form.unitId();
        } catch (BusinessRuleException e) {
            return refused(e, model, response, locale, departmentFormPage(model, null, form.unitId()));
        }
    }

    @GetMapping("/departments/{id}/edit")
    String editDepartment(@PathVariable Long id, Model model) {
        DepartmentForm form = directory.departmentForm(id);
        model.addAttribute(FORM, form);
        return departmentFormPage(model, id, form.unitId());
    }

    @PostMapping("/departments/{id}")
    String updateDepartment(@PathVariable Long id, @Valid @ModelAttribute(FORM) DepartmentForm form,
                            BindingResult binding, Model model, HttpServletResponse response,
                            RedirectAttributes redirect, Locale locale) {
        Long currentUnit = directory.departmentEntry(id).unitId();
        Long shownUnit = form.unitId() == null ? currentUnit : form.unitId();
        scope.requireUnitAdministration(shownUnit);
        if (binding.hasErrors()) {
            keepForm(form, binding, model);
            return invalid(response, departmentFormPage(model, id, shownUnit));
        }
        try {
            organization.updateDepartment(id, form);
            flash(redirect, locale, "org.department.updated", form.name().strip());
            return "redirect:/admin/org/units/" + form.unitId();
        } catch (BusinessRuleException e) {
            return refused(e, model, response, locale, departmentFormPage(model, id, shownUnit));
        }
    }

    @PostMapping("/departments/{id}/enabled")
    String setDepartmentEnabled(@PathVariable Long id, @RequestParam boolean enabled, Model model,
                                HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        OrganizationDirectory.Entry entry = directory.departmentEntry(id);
        try {
            organization.setDepartmentEnabled(id, enabled);
        } catch (BusinessRuleException e) {
            model.addAttribute(FORM, directory.departmentForm(id));
            return refused(e, model, response, locale, departmentFormPage(model, id, entry.unitId()));
        }
        flash(redirect, locale, enabled ? "org.enabled" : "org.disabled", entry.name());
        return "redirect:/admin/org/units/" + entry.unitId();
    }

    /** An htmx fragment: the 科长 and 分管领导 selects for the unit just chosen in the department form. */
    @GetMapping("/options/leaders")
    String leaderOptions(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("people", directory.personOptions(unitId));
        return "org/fragments :: leaderSelects";
    }

    private String departmentFormPage(Model model, Long id, Long unitId) {
        model.addAttribute("entry", id == null ? null : directory.departmentEntry(id));
        model.addAttribute("owner", unitId == null ? null : directory.unitEntry(unitId));
        model.addAttribute("units", directory.unitOptions());
        model.addAttribute("people", directory.personOptions(unitId));
        return "org/department-form";
    }

    // ---- people ------------------------------------------------------------------------------------------

    @GetMapping("/units/{unitId}/people/new")
    String newPerson(@PathVariable Long unitId, Model model) {
        scope.requireUnitAdministration(unitId);
        model.addAttribute(FORM, new PersonForm(unitId, null, "", Position.CLERK, "", "", 0));
        return personFormPage(model, null, unitId);
    }

    @PostMapping("/people")
    String createPerson(@Valid @ModelAttribute(FORM) PersonForm form, BindingResult binding, @RequestKey String key,
                        Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        scope.requireUnitAdministration(form.unitId());
        if (binding.hasErrors()) {
            keepForm(form, binding, model);
            return invalid(response, personFormPage(model, null, form.unitId()));
        }
        try {
            requests.createOnce(PersonForm.REQUEST_KIND, key, () -> organization.createPerson(form).getId(),
                    Long::valueOf);
            flash(redirect, locale, "org.person.created", form.name().strip());
            return "redirect:/admin/org/units/" + form.unitId();
        } catch (BusinessRuleException e) {
            return refused(e, model, response, locale, personFormPage(model, null, form.unitId()));
        }
    }

    @GetMapping("/people/{id}/edit")
    String editPerson(@PathVariable Long id, Model model) {
        PersonForm form = directory.personForm(id);
        model.addAttribute(FORM, form);
        return personFormPage(model, id, form.unitId());
    }

    @PostMapping("/people/{id}")
    String updatePerson(@PathVariable Long id, @Valid @ModelAttribute(FORM) PersonForm form, BindingResult binding,
                        Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        Long currentUnit = directory.personEntry(id).unitId();
        Long shownUnit = form.unitId() == null ? currentUnit : form.unitId();
        scope.requireUnitAdministration(shownUnit);
        if (binding.hasErrors()) {
            keepForm(form, binding, model);
            return invalid(response, personFormPage(model, id, shownUnit));
        }
        try {
            organization.updatePerson(id, form);
            flash(redirect, locale, "org.person.updated", form.name().strip());
            return "redirect:/admin/org/units/" + form.unitId();
        } catch (BusinessRuleException e) {
            return refused(e, model, response, locale, personFormPage(model, id, shownUnit));
        }
    }

    @PostMapping("/people/{id}/enabled")
    String setPersonEnabled(@PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes redirect,
                            Locale locale) {
        OrganizationDirectory.Entry entry = directory.personEntry(id);
        organization.setPersonEnabled(id, enabled);
        flash(redirect, locale, enabled ? "org.enabled" : "org.disabled", entry.name());
        return "redirect:/admin/org/units/" + entry.unitId();
    }

    /** An htmx fragment: the department options of the unit just chosen in the person form. */
    @GetMapping("/options/departments")
    String departmentOptions(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("departments", directory.departmentOptions(unitId));
        return "org/fragments :: departmentOptions";
    }

    private String personFormPage(Model model, Long id, Long unitId) {
        model.addAttribute("entry", id == null ? null : directory.personEntry(id));
        model.addAttribute("owner", unitId == null ? null : directory.unitEntry(unitId));
        model.addAttribute("units", directory.unitOptions());
        model.addAttribute("departments", directory.departmentOptions(unitId));
        model.addAttribute("positions", Position.values());
        return "org/person-form";
    }

    // ---- responses ---------------------------------------------------------------------------------------

    private static String invalid(HttpServletResponse response, String view) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return view;
    }

    /**
     * Records bind through their constructor: when a value does not convert (letters as the sort order), Spring
     * passes the form with a default in its place but leaves it out of the model. Put it back with its errors, so
     * the form shows again with what the user typed and why it was refused.
     */
    private static void keepForm(Object form, BindingResult binding, Model model) {
        if (model.getAttribute(FORM) == null) {
            BindingResult rebound = new BeanPropertyBindingResult(form, FORM);
            rebound.addAllErrors(binding);
            model.addAttribute(FORM, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, rebound);
        }
    }

    private String refused(BusinessRuleException e, Model model, HttpServletResponse response, Locale locale,
                           String view) {
        response.setStatus(e instanceof NotFoundException ? HttpStatus.NOT_FOUND.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        return view;
    }

    private void flash(RedirectAttributes redirect, Locale locale, String key, Object argument) {
        redirect.addFlashAttribute("flashMessage", messages.getMessage(key, new Object[] {argument}, locale));
    }
}
