package org.zhengtong.asset.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.asset.internal.AssetChangeService;
import org.zhengtong.asset.internal.AssetForm;
import org.zhengtong.asset.internal.AssetLabels;
import org.zhengtong.asset.internal.AssetReports;
import org.zhengtong.asset.internal.AssetService;
import org.zhengtong.asset.internal.AssetStatus;
import org.zhengtong.asset.internal.AssetView;
import org.zhengtong.asset.internal.AssetWorkbook;
import org.zhengtong.asset.internal.ChangeForm;
import org.zhengtong.asset.internal.ChangeView;
import org.zhengtong.asset.internal.LockedFieldsException;
import org.zhengtong.asset.internal.StockTakeService;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.ResultPage;

/**
 * {@code /api/v1/assets}: the same rules as the pages. A card's PATCH takes only {@code place} and {@code remarks};
 * any field under approval in the body is refused (400) with the fields named, nothing changed.
 */
@RestController
@RequestMapping("/api/v1/assets")
@Tag(name = "国有资产")
class AssetApiController {

    private static final Set<String> DESCRIPTIVE = Set.of("place", "remarks");

    private final AssetService assets;
    private final AssetChangeService changes;
    private final AssetWorkbook workbook;
    private final AssetLabels labels;
    private final AssetReports reports;
    private final StockTakeService stocktakes;
    private final RequestTransactions requests;

    AssetApiController(AssetService assets, AssetChangeService changes, AssetWorkbook workbook, AssetLabels labels,
                       AssetReports reports, StockTakeService stocktakes, RequestTransactions requests) {
        this.assets = assets;
        this.changes = changes;
        this.workbook = workbook;
        this.labels = labels;
        this.reports = reports;
        this.stocktakes = stocktakes;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "本单位（或市财政局指定单位）的资产卡片")
    ResultPage<AssetView> list(@RequestParam(required = false) Long unit,
                               @RequestParam(required = false) AssetStatus status,
                               @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
        return ResultPage.of(assets.list(unit, status, q, page));
    }

    @PostMapping
    @Operation(summary = "登记资产卡片（confirm=true 确认疑似重复）")
    ResponseEntity<AssetView> register(@Valid @RequestBody AssetForm form,
                                       @RequestParam(defaultValue = "false") boolean confirm, @RequestKey String key) {
        return ResponseEntity.status(HttpStatus.CREATED).body(requests.createOnce(AssetForm.REQUEST_KIND, key,
                () -> assets.register(form, confirm), assets::view));
    }

    @GetMapping("/{id:\\d+}")
    AssetView card(@PathVariable long id) {
        return assets.view(id);
    }

    @PatchMapping("/{id:\\d+}")
    @Operation(summary = "修改存放地点和备注（其他字段须经变更审批）")
    AssetView describe(@PathVariable long id, @RequestBody Map<String, Object> body) {
        assets.view(id);
        List<String> locked = body.keySet().stream().filter(k -> !DESCRIPTIVE.contains(k)).sorted().toList();
        if (!locked.isEmpty()) {
            throw new LockedFieldsException(locked);
        }
        return requests.act(() -> assets.describe(id, text(body.get("place")), text(body.get("remarks"))),
                () -> assets.view(id));
    }

    @GetMapping("/{id:\\d+}/label")
    @Operation(summary = "资产标签（PDF，含二维码），本单位资产管理员可打印")
    ResponseEntity<byte[]> label(@PathVariable long id) {
        return Downloads.inline(AssetLabels.fileName(assets.view(id)), labels.pdf(List.of(id)));
    }

    @GetMapping("/labels")
    @Operation(summary = "所选资产的标签（PDF，每页24张；id 可重复给出，一次最多500张）")
    ResponseEntity<byte[]> labels(@RequestParam(name = "id", required = false) List<Long> ids) {
        return Downloads.inline(AssetLabels.SELECTION_FILE_NAME, labels.pdf(ids == null ? List.of() : ids));
    }

    @GetMapping("/{id:\\d+}/changes")
    List<ChangeView> history(@PathVariable long id) {
        return changes.history(id);
    }

    @PostMapping("/{id:\\d+}/changes")
    @Operation(summary = "申请资产变更（配置、领用、调拨、出租出借、对外投资、报废、报损、处置……），提交审批")
    ResponseEntity<ChangeView> requestChange(@PathVariable long id, @Valid @RequestBody ChangeForm form,
                                             @RequestKey String key) {
        return ResponseEntity.status(HttpStatus.CREATED).body(requests.createOnce(ChangeForm.REQUEST_KIND, key,
                () -> changes.request(id, form), changes::view));
    }

    @GetMapping("/changes/{id:\\d+}")
    ChangeView change(@PathVariable long id) {
        return changes.view(id);
    }

    @PostMapping("/import")
    @Operation(summary = "从 Excel 导入资产卡片（全部或不导入，逐行报告）")
    ResponseEntity<AssetWorkbook.ImportReport> importSheet(@RequestParam MultipartFile file,
                                                           @RequestParam(defaultValue = "false") boolean confirm,
                                                           Locale locale) {
        try (InputStream in = file.getInputStream()) {
            AssetWorkbook.ImportReport report = workbook.importSheet(in, confirm, locale);
            HttpStatus status = report.imported() ? HttpStatus.CREATED
                    : report.needsConfirmation() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            return ResponseEntity.status(status).body(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/reports")
    AssetReports.UnitReport report(@RequestParam(required = false) Long unit, Locale locale) {
        return reports.unit(unit, locale);
    }

    @GetMapping("/reports/city")
    AssetReports.CityReport city(Locale locale) {
        return reports.city(locale);
    }

    @PostMapping("/stocktakes/{id:\\d+}/scans")
    @Operation(summary = "盘点扫码：标签二维码内容或资产编号")
    Map<String, Object> scan(@PathVariable long id, @RequestBody Map<String, String> body) {
        Optional<AssetView> card = requests.act(() -> { }, () -> stocktakes.scan(id, body.get("code")));
        return card.<Map<String, Object>>map(c -> Map.of("found", true, "asset", c))
                .orElseGet(() -> Map.of("found", false));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
