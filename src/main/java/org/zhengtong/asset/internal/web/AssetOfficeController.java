package org.zhengtong.asset.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
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
import org.zhengtong.asset.internal.Acquisition;
import org.zhengtong.asset.internal.AssetForm;
import org.zhengtong.asset.internal.AssetReports;
import org.zhengtong.asset.internal.AssetService;
import org.zhengtong.asset.internal.AssetSettings;
import org.zhengtong.asset.internal.ChangeKind;
import org.zhengtong.asset.internal.Funding;
import org.zhengtong.asset.internal.StockTakeService;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.Refusals;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * 资产报表 (a unit's; the city's for 市财政局's asset office, with the units that registered nothing), their Excel
 * export, the settings (value limits, classification codes), and 盘点: the unit's stock-takes, a stock-take's phone
 * page that scans labels (camera, photo, or the number typed) and its result with 盘亏 and 盘盈 to resolve.
 */
@Controller
@RequestMapping("/asset")
class AssetOfficeController {

    private static final String SURPLUS_REQUEST = "asset.surplus";

    private final AssetReports reports;
    private final AssetSettings settings;
    private final AssetService assets;
    private final StockTakeService stocktakes;
    private final RequestTransactions requests;
    private final Refusals refusals;

    AssetOfficeController(AssetReports reports, AssetSettings settings, AssetService assets,
                          StockTakeService stocktakes, RequestTransactions requests, Refusals refusals) {
        this.reports = reports;
        this.settings = settings;
        this.assets = assets;
        this.stocktakes = stocktakes;
        this.requests = requests;
        this.refusals = refusals;
    }

    @GetMapping("/reports")
    String unitReport(@RequestParam(required = false) Long unit, Model model, Locale locale) {
        model.addAttribute("report", reports.unit(unit, locale));
        model.addAttribute("city", assets.city());
        return "asset/report";
    }

    @GetMapping("/reports/city")
    String cityReport(Model model, Locale locale) {
        model.addAttribute("report", reports.city(locale));
        return "asset/city";
    }

    @GetMapping("/reports/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unit,
                                  @RequestParam(defaultValue = "false") boolean city, Locale locale) {
        return Downloads.attachment(city ? "全市资产报表.xlsx" : "资产报表.xlsx", reports.export(unit, city, locale));
    }

    @GetMapping("/settings")
    String settings(Model model) {
        if (!assets.city()) {
            throw new org.springframework.security.access.AccessDeniedException("not the city's asset office");
        }
        model.addAttribute("limits", settings.limits());
        model.addAttribute("categories", assets.categories());
        return "asset/settings";
    }

    @PostMapping("/settings/limits")
    String setLimit(@RequestParam ChangeKind kind, @RequestParam(required = false) BigDecimal threshold,
                    RedirectAttributes redirect, Locale locale) {
        requests.act(() -> settings.setLimit(kind, threshold), () -> null);
        redirect.addFlashAttribute("flashMessage", refusals.message("asset.settings.saved", locale));
        return "redirect:/asset/settings";
    }

    @PostMapping("/settings/categories")
    String loadCategories(@RequestParam String lines, RedirectAttributes redirect, Locale locale) {
        int loaded = requests.act(() -> { }, () -> settings.loadCategories(lines));
        redirect.addFlashAttribute("flashMessage", refusals.message("asset.category.loaded", locale, loaded));
        return "redirect:/asset/settings";
    }

    @GetMapping("/stocktakes")
    String stocktakes(Model model) {
        model.addAttribute("stocktakes", stocktakes.list());
        model.addAttribute("mayManage", assets.mayManageOwn());
        model.addAttribute("departments", assets.ownDepartments());
        return "asset/stocktakes";
    }

    @PostMapping("/stocktakes")
    String open(@RequestParam(required = false) String title, @RequestParam(required = false) Long departmentId) {
        long id = requests.createOnce("asset.stocktake", null, () -> stocktakes.open(title, departmentId), i -> i);
        return "redirect:/asset/stocktakes/" + id;
    }

    @GetMapping("/stocktakes/{id:\\d+}")
    String stocktake(@PathVariable long id, Model model) {
        model.addAttribute("result", stocktakes.result(id));
        model.addAttribute("mayManage", assets.mayManageOwn());
        if (!model.containsAttribute("surplusForm")) {
            model.addAttribute("surplusForm", new AssetForm(null, null, null, 1, null, Acquisition.SURPLUS, null,
                    Funding.FISCAL, null, null, null, null, null, null, null, null, null));
        }
        model.addAttribute("categories", assets.categories());
        model.addAttribute("fundings", Funding.values());
        return "asset/stocktake";
    }

    @PostMapping("/stocktakes/{id:\\d+}/scans")
    String scan(@PathVariable long id, @RequestParam(required = false) String code,
                @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect,
                HttpServletResponse response, Model model, Locale locale) {
        try {
            var card = requests.act(() -> { }, () -> photo != null && !photo.isEmpty()
                    ? stocktakes.scanPhoto(id, bytes(photo)) : stocktakes.scan(id, code));
            redirect.addFlashAttribute("flashMessage", card.map(c -> refusals.message("asset.stocktake.found",
                    locale, c.number(), c.name())).orElseGet(() -> refusals.message("asset.stocktake.surplus", locale)));
        } catch (BusinessRuleException e) {
            model.addAttribute("error", refusals.conflict(e, locale, response));
            response.setStatus(e.status().value());
            return stocktake(id, model);
        }
        return "redirect:/asset/stocktakes/" + id;
    }

    @PostMapping("/stocktakes/{id:\\d+}/close")
    String close(@PathVariable long id) {
        requests.act(() -> stocktakes.close(id), () -> null);
        return "redirect:/asset/stocktakes/" + id;
    }

    @PostMapping("/stocktakes/{id:\\d+}/missing/{assetId:\\d+}")
    String missing(@PathVariable long id, @PathVariable long assetId, @RequestParam(required = false) String reason) {
        long change = requests.act(() -> { }, () -> stocktakes.reportMissing(id, assetId, reason));
        return "redirect:/asset/changes/" + change;
    }

    /** 盘盈: the found item's card, waiting for the approval of its 盘盈入账; the page again with what was wrong. */
    @PostMapping("/stocktakes/{id:\\d+}/surplus")
    String surplus(@PathVariable long id, @Valid @ModelAttribute("surplusForm") AssetForm form, BindingResult result,
                   @RequestKey String key, Model model, HttpServletResponse response, RedirectAttributes redirect,
                   Locale locale) {
        if (result.hasErrors()) {
            refusals.invalid(response);
            return stocktake(id, model);
        }
        long change;
        try {
            change = requests.createOnce(SURPLUS_REQUEST, key, () -> stocktakes.registerSurplus(id, form), i -> i);
        } catch (BusinessRuleException e) {
            refusals.reject(result, e, response);
            return stocktake(id, model);
        }
        redirect.addFlashAttribute("flashMessage", refusals.message("asset.stocktake.surplusRegistered", locale));
        return "redirect:/asset/changes/" + change;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
