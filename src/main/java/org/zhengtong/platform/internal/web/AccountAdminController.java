package org.zhengtong.platform.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
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
import org.zhengtong.platform.internal.account.AccountForm;
import org.zhengtong.platform.internal.account.AccountService;
import org.zhengtong.platform.internal.account.IssuedPassword;
import org.zhengtong.platform.internal.account.MissingAccountsReport;
import org.zhengtong.platform.internal.org.OrganizationService;
import org.zhengtong.platform.internal.security.DataScope;

/**
 * 账号管理: the system administrator manages every unit's accounts, a unit administrator the ordinary accounts of
 * their own unit. The services check the data scope of every account; this controller only picks the pages.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE','UNIT_ACCOUNT_MANAGE')")
class AccountAdminController {

    private final AccountService accounts;
    private final MissingAccountsReport missingAccounts;
    private final OrganizationService organization;
    private final DataScope scope;
    private final Refusals refusals;
    private final RequestTransactions requests;

    AccountAdminController(AccountService accounts, MissingAccountsReport missingAccounts,
                           OrganizationService organization, DataScope scope, Refusals refusals,
                           RequestTransactions requests) {
        this.accounts = accounts;
        this.missingAccounts = missingAccounts;
        this.organization = organization;
        this.scope = scope;
        this.refusals = refusals;
        this.requests = requests;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String username,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("accounts", accounts.search(unitId, username, page));
        model.addAttribute("unitId", unitId);
        model.addAttribute("username", username);
        addUnits(model);
        return "admin/accounts/list";
    }

    @GetMapping("/missing")
    String missing(Model model) {
        model.addAttribute("gaps", missingAccounts.gaps());
        return "admin/accounts/missing";
    }

    /** The create form; the system administrator first picks the unit whose people are offered. */
    @GetMapping("/new")
    String newAccount(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("form", new AccountForm("", null, false));
        return createForm(unitOrOwn(unitId), model);
    }

    /** Creates the account; the page shows its initial password this once and nowhere else. */
    @PostMapping
    String create(@RequestParam Long unitId, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
                  @RequestKey String key, Model model, Locale locale, HttpServletResponse response) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return createForm(unitId, model);
        }
        try {
            // posted again (a double click), the page shows a new initial password: the first is stored as a hash
            AtomicReference<IssuedPassword> created = new AtomicReference<>();
            IssuedPassword issued = requests.createOnce(AccountForm.REQUEST_KIND, key, () -> {
                created.set(accounts.create(form));
                return created.get().accountId();
            }, id -> created.get() != null ? created.get() : accounts.reissueInitialPassword(id));
            return issued(issued, "accounts.done.created", locale, model);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return createForm(unitId, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("account", accounts.summary(id));
        return "admin/accounts/detail";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, Model model, Locale locale) {
        return issued(accounts.resetPassword(id), "accounts.done.passwordReset", locale, model);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return change(id, () -> accounts.setEnabled(id, true), "accounts.done.enabled", model, locale, response, redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, Model model, Locale locale, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return change(id, () -> accounts.setEnabled(id, false), "accounts.done.disabled", model, locale, response, redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, Model model, Locale locale, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return change(id, () -> accounts.unlock(id), "accounts.done.unlocked", model, locale, response, redirect);
    }

    @PostMapping("/{id}/grant-unit-admin")
    String grantUnitAdmin(@PathVariable Long id, Model model, Locale locale, HttpServletResponse response,
                          RedirectAttributes redirect) {
        return change(id, () -> accounts.setUnitAdmin(id, true), "accounts.done.unitAdminGranted", model, locale, response,
                redirect);
    }

    @PostMapping("/{id}/revoke-unit-admin")
    String revokeUnitAdmin(@PathVariable Long id, Model model, Locale locale, HttpServletResponse response,
                           RedirectAttributes redirect) {
        return change(id, () -> accounts.setUnitAdmin(id, false), "accounts.done.unitAdminRevoked", model, locale, response,
                redirect);
    }

    /** Runs one change and goes back to the account (PRG); a broken rule shows on the account page with 409. */
    private String change(Long id, Runnable action, String successKey, Model model, Locale locale,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            return detail(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message(successKey, locale));
        return "redirect:/admin/accounts/" + id;
    }

    private String issued(IssuedPassword issued, String messageKey, Locale locale, Model model) {
        model.addAttribute("issued", issued);
        model.addAttribute("message", refusals.message(messageKey, locale, issued.username()));
        return "admin/accounts/issued";
    }

    private String createForm(Long unitId, Model model) {
        addUnits(model);
        model.addAttribute("unitId", unitId);
        if (unitId != null) {
            model.addAttribute("unitName", organization.unit(unitId).getName());
            model.addAttribute("candidates", accounts.candidates(unitId));
        }
        return "admin/accounts/new";
    }

    /** The unit filter: every unit for the system administrator; a unit administrator has only their own. */
    private void addUnits(Model model) {
        if (scope.isSystemAdmin()) {
            model.addAttribute("units", organization.allUnits());
        }
    }

    private Long unitOrOwn(Long unitId) {
        return scope.isSystemAdmin() ? unitId : scope.current().unitId();
    }
}
