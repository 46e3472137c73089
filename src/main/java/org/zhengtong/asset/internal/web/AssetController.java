package org.zhengtong.asset.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.asset.internal.Acquisition;
import org.zhengtong.asset.internal.AssetChangeService;
import org.zhengtong.asset.internal.AssetForm;
import org.zhengtong.asset.internal.AssetLabels;
import org.zhengtong.asset.internal.AssetService;
import org.zhengtong.asset.internal.AssetStatus;
import org.zhengtong.asset.internal.AssetView;
import org.zhengtong.asset.internal.AssetWorkbook;
import org.zhengtong.asset.internal.ChangeForm;
import org.zhengtong.asset.internal.ChangeKind;
import org.zhengtong.asset.internal.ChangeView;
import org.zhengtong.asset.internal.Funding;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.workflow.TaskActions;

/**
 * 国有资产 pages ({@code /asset}): the unit's cards, registering one or a batch (one card per serial number), the
 * Excel import with its template, a card with its history and the change request (every field under approval
 * changes only that way; the page edits place and remarks), the invoice and contract, labels, and a change's page
 * with the approval's task actions. Refusals show the page again: 400 for invalid input, 409 for a broken rule.
 */
@Controller
@RequestMapping("/asset")
class AssetController {

    /** The only fields the card's page posts to change directly. */
    private static final Set<String> DESCRIPTIVE = Set.of("place", "remarks", "_csrf");

    private final AssetService assets;
    private final AssetChangeService changes;
    private final AssetWorkbook workbook;
    private final AssetLabels labels;
    private final TaskActions taskActions;
    private final RequestTransactions requests;
    private final Refusals refusals;
    private final OrgDirectory directory;

    AssetController(AssetService assets, AssetChangeService changes, AssetWorkbook workbook, AssetLabels labels,
                    TaskActions taskActions, RequestTransactions requests, Refusals refusals, OrgDirectory directory) {
        this.assets = assets;
        this.changes = changes;
        this.workbook = workbook;
        this.labels = labels;
        this.taskActions = taskActions;
        this.requests = requests;
        this.refusals = refusals;
        this.directory = directory;
    }

    @GetMapping
    String home() {
        return "redirect:/asset/cards";
    }

    @GetMapping("/cards")
    String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) AssetStatus status,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<AssetView> cards = assets.list(unit, status, q, page);
        model.addAttribute("cards", cards);
        model.addAttribute("statuses", AssetStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("mayManage", assets.mayManageOwn() && (unit == null || assets.mayManage(unit)));
        model.addAttribute("city", assets.city());
        model.addAttribute("previous", link(unit, status, q, Math.max(page - 1, 0)));
        model.addAttribute("next", link(unit, status, q, page + 1));
        return "asset/cards";
    }

    @GetMapping("/cards/new")
    String newForm(Model model) {
        requireAssetClerk();
        return form(model, new AssetForm(null, null, null, 1, null, Acquisition.PURCHASE, null, Funding.FISCAL, null,
                null, null, null, null, null, null, null, null), null, false);
    }

    /** One card, or one per line of {@code serials} (a batch of the same thing), all or none. */
    @PostMapping("/cards")
    String register(@Valid @ModelAttribute("form") AssetForm form, BindingResult result,
                    @RequestParam(required = false) String serials, @RequestParam(defaultValue = "false") boolean confirm,
                    @RequestKey String key, Model model, HttpServletResponse response, RedirectAttributes redirect,
                    Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return form(model, form, serials, false);
        }
        List<AssetForm> batch = batch(form, serials);
        List<Long> ids = new ArrayList<>();
        long first;
        try {
            first = requests.createOnce(AssetForm.REQUEST_KIND, key, () -> {
                ids.addAll(assets.registerAll(batch, confirm));
                return ids.get(0);
            }, i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return form(model, form, serials, "asset.confirm.similar".equals(e.messageKey()));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("asset.registered", locale, Math.max(ids.size(), 1)));
        return ids.size() > 1 ? "redirect:/asset/cards" : "redirect:/asset/cards/" + first;
    }

    @GetMapping("/cards/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        AssetView card = assets.view(id);
        model.addAttribute("card", card);
        model.addAttribute("history", changes.history(id));
        model.addAttribute("mayManage", assets.mayManage(card.unitId()));
        model.addAttribute("kinds", java.util.Arrays.stream(ChangeKind.values()).filter(k -> k != ChangeKind.SURPLUS)
                .toList());
        model.addAttribute("departments", directory.departments(card.unitId()));
        model.addAttribute("people", assets.people(card.unitId()));
        model.addAttribute("units", directory.units());
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", new ChangeForm(null, null, null, null, null, null, null, null, null));
        }
        return "asset/card";
    }

    /** A label's QR code opens the card by its number. */
    @GetMapping("/n/{number}")
    String byNumber(@PathVariable String number) {
        return "redirect:/asset/cards/" + assets.byNumber(number).id();
    }

    @PostMapping("/cards/{id:\\d+}/describe")
    String describe(@PathVariable long id, @RequestParam(required = false) String place,
                    @RequestParam(required = false) String remarks, HttpServletRequest request,
                    RedirectAttributes redirect, Locale locale) {
        assets.view(id);
        List<String> locked = request.getParameterMap().keySet().stream().filter(p -> !DESCRIPTIVE.contains(p))
                .sorted().toList();
        if (!locked.isEmpty()) {
            throw new org.zhengtong.asset.internal.LockedFieldsException(locked);
        }
        requests.act(() -> assets.describe(id, place, remarks), () -> null);
        redirect.addFlashAttribute("flashMessage", refusals.message("asset.described", locale));
        return "redirect:/asset/cards/" + id;
    }

    @PostMapping("/cards/{id:\\d+}/changes")
    String requestChange(@PathVariable long id, @Valid @ModelAttribute("change") ChangeForm change,
                         BindingResult result, @RequestKey String key, Model model, HttpServletResponse response,
                         RedirectAttributes redirect, Locale locale) {
        assets.view(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return show(id, model);
        }
        long changeId;
        try {
            changeId = requests.createOnce(ChangeForm.REQUEST_KIND, key, () -> changes.request(id, change), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return show(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("asset.changeRequested", locale));
        return "redirect:/asset/changes/" + changeId;
    }

    @PostMapping("/cards/{id:\\d+}/files/{which:invoice|contract}")
    String attach(@PathVariable long id, @PathVariable String which, @RequestParam MultipartFile file,
                  RedirectAttributes redirect, Locale locale) {
        requests.act(() -> assets.attach(id, which, file), () -> null);
        redirect.addFlashAttribute("flashMessage", refusals.message("asset.attached", locale));
        return "redirect:/asset/cards/" + id;
    }

    @GetMapping("/cards/{id:\\d+}/files/{which:invoice|contract}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String which) {
        Map.Entry<String, InputStream> file = assets.attachment(id, which);
        try (InputStream in = file.getValue()) {
            return Downloads.inline(file.getKey(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/cards/{id:\\d+}/label.pdf")
    ResponseEntity<byte[]> label(@PathVariable long id) {
        return Downloads.inline(AssetLabels.fileName(assets.view(id)), labels.pdf(List.of(id)));
    }

    @PostMapping("/labels")
    ResponseEntity<byte[]> labels(@RequestParam(name = "id", required = false) List<Long> ids) {
        return Downloads.inline(AssetLabels.SELECTION_FILE_NAME, labels.pdf(ids == null ? List.of() : ids));
    }

    @GetMapping("/import")
    String importForm() {
        requireAssetClerk();
        return "asset/import";
    }

    @GetMapping("/import/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return Downloads.attachment("资产卡片导入模板.xlsx", workbook.template(locale));
    }

    @PostMapping("/import")
    String importSheet(@RequestParam MultipartFile file, @RequestParam(defaultValue = "false") boolean confirm,
                       Model model, HttpServletResponse response, Locale locale) {
        requireAssetClerk();
        AssetWorkbook.ImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = workbook.importSheet(in, confirm, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            response.setStatus(e.status().value());
            return "asset/import";
        }
        if (!report.imported()) {
            response.setStatus(report.needsConfirmation() ? 409 : 400);
        }
        model.addAttribute("report", report);
        return "asset/import";
    }

    @GetMapping("/changes/{id:\\d+}")
    String change(@PathVariable long id, Model model) {
        ChangeView change = changes.view(id);
        model.addAttribute("change", change);
        model.addAttribute("panel", taskActions.panel(change.businessKey(), change.processInstanceId()));
        model.addAttribute("trail", changes.trail(id));
        return "asset/change";
    }

    private String form(Model model, AssetForm form, String serials, boolean confirm) {
        model.addAttribute("form", form);
        model.addAttribute("serials", serials);
        model.addAttribute("confirm", confirm);
        model.addAttribute("categories", assets.categories());
        model.addAttribute("acquisitions", Acquisition.values());
        model.addAttribute("fundings", Funding.values());
        model.addAttribute("departments", assets.mayManageOwn()
                ? assets.ownDepartments() : List.of());
        return "asset/card-form";
    }

    /** The registration and import pages are the asset clerk's: nobody else could send them. */
    private void requireAssetClerk() {
        if (!assets.mayManageOwn()) {
            throw new AccessDeniedException("no asset clerk");
        }
    }

    /** One form per serial number given (a line each), or the form as it is. */
    private static List<AssetForm> batch(AssetForm form, String serials) {
        List<String> lines = serials == null ? List.of() : serials.lines().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (lines.isEmpty()) {
            return List.of(form);
        }
        List<AssetForm> forms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AssetForm one = form.withSerialNumber(lines.get(i));
            forms.add(form.invoiceLine() == null ? one : one.withInvoiceLineNumber(form.invoiceLine() + i));
        }
        return forms;
    }

    private static String link(Long unit, AssetStatus status, String q, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/asset/cards");
        if (unit != null) {
            uri.queryParam("unit", unit);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q);
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
