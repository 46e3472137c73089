package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.account.PermissionCatalogue;
import org.zhengtong.platform.internal.account.Role;
import org.zhengtong.platform.internal.account.RoleForm;
import org.zhengtong.platform.internal.account.RoleService;
import org.zhengtong.platform.internal.org.OrganizationService;

/** The security administrator's business roles, and which accounts hold them. Built-in roles are read-only. */
@Controller
@RequestMapping("/admin/security")
@PreAuthorize("hasAuthority('ROLE_MANAGE')")
class RoleAdminController {

    private final RoleService roles;
    private final AccountService accounts;
    private final OrganizationService organization;
    private final PermissionCatalogue permissions;
    private final Refusals refusals;
    private final RequestTransactions requests;

    RoleAdminController(RoleService roles, AccountService accounts, OrganizationService organization,
                        PermissionCatalogue permissions, Refusals refusals, RequestTransactions requests) {
        this.roles = roles;
        this.accounts = accounts;
        this.organization = organization;
        this.permissions = permissions;
        this.refusals = refusals;
        this.requests = requests;
    }

    @GetMapping("/roles")
    String list(Model model) {
        List<Role> all = roles.roles();
        model.addAttribute("roles", all);
        model.addAttribute("holders", all.stream()
                .collect(Collectors.toMap(Role::getCode, role -> roles.holders(role.getCode()))));
        return "admin/security/roles";
    }

    @GetMapping("/roles/new")
    String newRole(Model model) {
        model.addAttribute("form", new RoleForm("", "", Set.of()));
        return roleForm(null, model);
    }

    @PostMapping("/roles")
    String create(@Valid @ModelAttribute("form") RoleForm form, BindingResult result, @RequestKey String key,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return roleForm(null, model);
        }
        try {
            // a role has no id: it is known by the code the form gives
            requests.createOnce(RoleForm.REQUEST_KIND, key, () -> roles.create(form), form::code);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return roleForm(null, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("security.roles.done.created", locale, form.name().strip()));
        return "redirect:/admin/security/roles";
    }

    @GetMapping("/roles/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        Role role = roles.role(code);
        if (role.isBuiltIn()) {
            throw new BusinessRuleException("error.role.builtIn", role.getName());
        }
        model.addAttribute("form", new RoleForm(role.getCode(), role.getName(), role.permissionSet()));
        return roleForm(role, model);
    }

    @PostMapping("/roles/{code}")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") RoleForm form, BindingResult result,
                  Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Role role = roles.role(code);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return roleForm(role, model);
        }
        try {
            roles.update(code, form);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return roleForm(role, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("security.roles.done.updated", locale, form.name().strip()));
        return "redirect:/admin/security/roles";
    }

    @PostMapping("/roles/{code}/delete")
    String delete(@PathVariable String code, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            roles.delete(code);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return list(model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("security.roles.done.deleted", locale, code));
        return "redirect:/admin/security/roles";
    }

    /** Accounts of every unit, to pick the one whose business roles change. */
    @GetMapping("/accounts")
    String accounts(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String username,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("accounts", accounts.search(unitId, username, page));
        model.addAttribute("units", organization.allUnits());
        model.addAttribute("unitId", unitId);
        model.addAttribute("username", username);
        return "admin/security/accounts";
    }

    @GetMapping("/accounts/{id}")
    String accountRoles(@PathVariable Long id, Model model) {
        model.addAttribute("account", accounts.summary(id));
        model.addAttribute("businessRoles", roles.businessRoles());
        return "admin/security/account-roles";
    }

    @PostMapping("/accounts/{id}/roles")
    String assignRoles(@PathVariable Long id, @RequestParam(name = "roles", required = false) Set<String> roleCodes,
                       Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Set<String> requested = roleCodes == null ? Set.of() : new TreeSet<>(roleCodes);
        try {
            accounts.assignBusinessRoles(id, requested);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return accountRoles(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("security.accounts.done.assigned", locale));
        return "redirect:/admin/security/accounts/" + id;
    }

    private String roleForm(Role role, Model model) {
        model.addAttribute("role", role);
        model.addAttribute("modules", permissions.modules());
        model.addAttribute("reserved", roles.reservedPermissions());
        return "admin/security/role-form";
    }
}
