package org.zhengtong.supplies.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.supplies.internal.ItemForm;
import org.zhengtong.supplies.internal.ReceiptForm;
import org.zhengtong.supplies.internal.RequestForm;
import org.zhengtong.supplies.internal.StoreForm;
import org.zhengtong.supplies.internal.SuppliesReport;
import org.zhengtong.supplies.internal.SuppliesService;
import org.zhengtong.supplies.internal.SupplyRequestService;
import org.zhengtong.supplies.internal.Views;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.TaskActions;

/**
 * 办公用品 ({@code /supplies}): the stock of the unit's stores (low ones marked) with 入库 for their keepers, the
 * catalogue and the stores (kept by the managers), one's requests and the kept stores' requests, a new request, a
 * request's page with the approval's task actions (发放 is its last step's send), and the month's use with the
 * export. Refusals show the page again: 400 for invalid input, 409 for a broken rule, nothing saved.
 */
@Controller
@RequestMapping("/supplies")
class SuppliesController {

    /** The rows the request form shows at least. */
    private static final int FORM_ROWS = 5;

    private final SuppliesService supplies;
    private final SupplyRequestService requests;
    private final SuppliesReport report;
    private final TaskActions taskActions;
    private final RequestTransactions transactions;
    private final Refusals refusals;
    private final OrgDirectory directory;
    private final Clock clock;

    SuppliesController(SuppliesService supplies, SupplyRequestService requests, SuppliesReport report,
                       TaskActions taskActions, RequestTransactions transactions, Refusals refusals,
                       OrgDirectory directory, Clock clock) {
        this.supplies = supplies;
        this.requests = requests;
        this.report = report;
        this.taskActions = taskActions;
        this.transactions = transactions;
        this.refusals = refusals;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String stock(Model model) {
        return stock(model, new ReceiptForm(null, null, null, null, null, LocalDate.now(clock)));
    }

    @PostMapping("/receipts")
    String receive(@Valid @ModelAttribute("receipt") ReceiptForm form, BindingResult result, @RequestKey String key,
                   Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (!supplies.keepsAny()) {
            throw new AccessDeniedException("keeps no store");
        }
        if (result.hasErrors()) {
            refusals.invalid(response);
            return stock(model, form);
        }
        try {
            transactions.createOnce(ReceiptForm.REQUEST_KIND, key, () -> supplies.receive(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return stock(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("supplies.received", locale));
        return "redirect:/supplies";
    }

    @GetMapping("/items")
    String catalogue(Model model) {
        return catalogue(model, new ItemForm(null, null, null, null, null, 0, null), new StoreForm(null, null, null));
    }

    @PostMapping("/items")
    String addItem(@Valid @ModelAttribute("item") ItemForm form, BindingResult result, @RequestKey String key,
                   Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager();
        if (result.hasErrors()) {
            refusals.invalid(response);
            return catalogue(model, form, new StoreForm(null, null, null));
        }
        try {
            transactions.createOnce(ItemForm.REQUEST_KIND, key, () -> supplies.addItem(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return catalogue(model, form, new StoreForm(null, null, null));
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("supplies.item.saved", locale));
        return "redirect:/supplies/items";
    }

    @PostMapping("/stores")
    String addStore(@Valid @ModelAttribute("store") StoreForm form, BindingResult result, @RequestKey String key,
                    Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager();
        ItemForm emptyItem = new ItemForm(null, null, null, null, null, 0, null);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return catalogue(model, emptyItem, form);
        }
        try {
            transactions.createOnce(StoreForm.REQUEST_KIND, key, () -> supplies.addStore(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return catalogue(model, emptyItem, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("supplies.store.saved", locale));
        return "redirect:/supplies/items";
    }

    @GetMapping("/items/{id}/edit")
    String editItem(@PathVariable long id, Model model) {
        requireManager();
        Views.ItemView item = supplies.item(id);
        return editItem(model, id, new ItemForm(item.code(), item.name(), item.category(), item.measure(),
                item.specification(), item.reorderLevel(), item.remarks()));
    }

    /** Saves an item of the own unit (another unit's: 403, as in the API); a refusal shows the form again. */
    @PostMapping("/items/{id}")
    String updateItem(@PathVariable long id, @Valid @ModelAttribute("item") ItemForm form, BindingResult result,
                      Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager();
        supplies.item(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return editItem(model, id, form);
        }
        try {
            transactions.act(() -> supplies.updateItem(id, form), () -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return editItem(model, id, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("supplies.item.saved", locale));
        return "redirect:/supplies/items";
    }

    @GetMapping("/stores/{id}/edit")
    String editStore(@PathVariable long id, Model model) {
        requireManager();
        Views.StoreView store = supplies.store(id);
        return editStore(model, id, new StoreForm(store.name(), store.departmentId(), store.keepers()));
    }

    /** Saves a store of the own unit: its name, department and keepers. */
    @PostMapping("/stores/{id}")
    String updateStore(@PathVariable long id, @Valid @ModelAttribute("store") StoreForm form, BindingResult result,
                       Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        requireManager();
        supplies.store(id);
        if (result.hasErrors()) {
            refusals.invalid(response);
            return editStore(model, id, form);
        }
        try {
            transactions.act(() -> supplies.updateStore(id, form), () -> id);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return editStore(model, id, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("supplies.store.saved", locale));
        return "redirect:/supplies/items";
    }

    @GetMapping("/requests")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("mine", requests.mine());
        Page<Views.RequestView> kept = requests.kept(page);
        model.addAttribute("kept", kept);
        model.addAttribute("previous", "/supplies/requests?page=" + Math.max(page - 1, 0));
        model.addAttribute("next", "/supplies/requests?page=" + (page + 1));
        return "supplies/requests";
    }

    @GetMapping("/requests/new")
    String newRequest(@RequestParam(required = false) Long storeId, @RequestParam(required = false) Long itemId,
                      Model model) {
        return requestForm(model, new RequestForm(storeId, List.of(new RequestForm.Line(itemId, 1, null))));
    }

    @PostMapping("/requests")
    String request(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, @RequestKey String key,
                   Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return requestForm(model, form);
        }
        long id;
        try {
            id = transactions.createOnce(RequestForm.REQUEST_KIND, key, () -> requests.request(form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return requestForm(model, form);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("supplies.requested", locale));
        return "redirect:/supplies/requests/" + id;
    }

    @GetMapping("/requests/{id}")
    String show(@PathVariable long id, Model model) {
        Views.RequestView request = requests.view(id);
        model.addAttribute("request", request);
        model.addAttribute("panel", taskActions.panel(request.businessKey(), request.processInstanceId()));
        List<HistoryStep> history = requests.history(id);
        model.addAttribute("history", history);
        model.addAttribute("names", history.stream().map(HistoryStep::handler).filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), directory::nameOf)));
        return "supplies/request";
    }

    @GetMapping("/report")
    String report(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                  Model model, HttpServletResponse response, Locale locale) {
        try {
            model.addAttribute("report", report.month(month));
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
        }
        model.addAttribute("month", month == null ? YearMonth.now(clock) : month);
        return "supplies/report";
    }

    @GetMapping("/report/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                  Locale locale) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        byte[] workbook = report.export(shown, locale);
        return Downloads.attachment(refusals.message("supplies.export.fileName", locale, shown.toString()), workbook);
    }

    private String stock(Model model, ReceiptForm receipt) {
        model.addAttribute("stock", supplies.stock());
        model.addAttribute("keeps", supplies.keepsAny());
        model.addAttribute("mayManage", supplies.mayManage());
        model.addAttribute("receipt", receipt);
        if (supplies.keepsAny()) {
            model.addAttribute("stores", supplies.stores());
            model.addAttribute("items", supplies.items());
            model.addAttribute("receipts", supplies.receipts());
        }
        return "supplies/stock";
    }

    private String catalogue(Model model, ItemForm item, StoreForm store) {
        model.addAttribute("items", supplies.items());
        model.addAttribute("stores", supplies.stores());
        model.addAttribute("mayManage", supplies.mayManage());
        model.addAttribute("item", item);
        model.addAttribute("store", store);
        if (supplies.mayManage()) {
            model.addAttribute("colleagues", supplies.colleagues());
            model.addAttribute("departments", supplies.departments());
        }
        return "supplies/items";
    }

    private String editItem(Model model, long id, ItemForm form) {
        model.addAttribute("id", id);
        model.addAttribute("item", form);
        return "supplies/edit";
    }

    private String editStore(Model model, long id, StoreForm form) {
        model.addAttribute("id", id);
        model.addAttribute("store", form);
        model.addAttribute("colleagues", supplies.colleagues());
        model.addAttribute("departments", supplies.departments());
        return "supplies/edit";
    }

    /**
     * The form, and its lines with spare empty rows up to {@link #FORM_ROWS} (one more when all are filled) as
     * {@code rows}: the form itself stays the bound object, so its errors show.
     */
    private String requestForm(Model model, RequestForm form) {
        List<RequestForm.Line> rows = new ArrayList<>(form.lines() == null ? List.of() : form.lines());
        rows.replaceAll(line -> line == null ? new RequestForm.Line(null, null, null) : line);
        int wanted = Math.min(RequestForm.MAX_LINES, Math.max(FORM_ROWS, rows.size() + 1));
        while (rows.size() < wanted) {
            rows.add(new RequestForm.Line(null, null, null));
        }
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        model.addAttribute("stores", supplies.stores());
        model.addAttribute("stock", supplies.stock());
        return "supplies/request-form";
    }

    private void requireManager() {
        if (!supplies.mayManage()) {
            throw new AccessDeniedException("not a supplies manager");
        }
    }
}
