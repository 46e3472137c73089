package org.zhengtong.supplies.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.platform.Downloads;
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

@RestController
@RequestMapping(path = "/api/v1/supplies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "办公用品", description = "本单位的办公用品：物品目录与库房（SUPPLIES_MANAGE 权限维护，库房指定保管员）、各库房库存（低于"
        + "补货线的标出）、采购入库（保管员）、领用申请（本单位人员提交，按单位设计的领用审批流程，审批待办通过 /api/v1/tasks "
        + "办理：发送即同意，退件即不同意；最后一步“发放”由库房保管员发送，即出库），领用数量超过库存的被拒绝，同时发放不会使库存"
        + "为负；出库后库存低于补货线时提醒保管员；按月按科室的领用统计与导出。其他单位 403。")
class SuppliesApiController {

    private final SuppliesService supplies;
    private final SupplyRequestService requests;
    private final SuppliesReport report;
    private final RequestTransactions transactions;
    private final Clock clock;

    SuppliesApiController(SuppliesService supplies, SupplyRequestService requests, SuppliesReport report,
                          RequestTransactions transactions, Clock clock) {
        this.supplies = supplies;
        this.requests = requests;
        this.report = report;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping("/items")
    @Operation(summary = "物品目录", description = "本单位的物品：编号、名称、类别、计量单位、规格、补货线。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.ItemView> items() {
        return supplies.items();
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "查看物品")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.ItemView item(@Parameter(description = "物品编号（id）") @PathVariable long id) {
        return supplies.item(id);
    }

    @PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记物品", description = "SUPPLIES_MANAGE。编号在本单位唯一；补货线不小于 0。带 Idempotency-Key "
            + "请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Views.ItemView> addItem(@Valid @RequestBody ItemForm form, @RequestKey String key) {
        return transactions.createOnce(ItemForm.REQUEST_KIND, key, () -> supplies.addItem(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/supplies/items/{id}").buildAndExpand(id).toUri()).body(supplies.item(id)));
    }

    @PutMapping(path = "/items/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改物品", description = "本单位 SUPPLIES_MANAGE。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    Views.ItemView updateItem(@PathVariable long id, @Valid @RequestBody ItemForm form) {
        return transactions.act(() -> supplies.updateItem(id, form), () -> supplies.item(id));
    }

    @GetMapping("/stores")
    @Operation(summary = "本单位库房", description = "名称、所属科室、保管员。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.StoreView> stores() {
        return supplies.stores();
    }

    @PostMapping(path = "/stores", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "设立库房", description = "SUPPLIES_MANAGE；保管员（keepers，用户名）须为本单位人员，至少一人。")
    @ApiResponse(responseCode = "201", description = "已设立")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Views.StoreView> addStore(@Valid @RequestBody StoreForm form, @RequestKey String key) {
        return transactions.createOnce(StoreForm.REQUEST_KIND, key, () -> supplies.addStore(form),
                id -> ResponseEntity.status(201).body(supplies.store(id)));
    }

    @PutMapping(path = "/stores/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改库房", description = "本单位 SUPPLIES_MANAGE：名称、所属科室、保管员。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    Views.StoreView updateStore(@PathVariable long id, @Valid @RequestBody StoreForm form) {
        return transactions.act(() -> supplies.updateStore(id, form), () -> supplies.store(id));
    }

    @GetMapping("/stock")
    @Operation(summary = "库存", description = "本单位每个库房每种物品的库存；low 为低于补货线。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.StockView> stock() {
        return supplies.stock();
    }

    @PostMapping(path = "/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "采购入库", description = "库房保管员或 SUPPLIES_MANAGE：数量大于 0，单价（元）不小于 0，供应商，入库日期"
            + "（默认今天，不能晚于今天）。带 Idempotency-Key 请求头时，以同一编号重发不再入库。")
    @ApiResponse(responseCode = "201", description = "已入库；返回入库后的库存")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<List<Views.StockView>> receive(@Valid @RequestBody ReceiptForm form, @RequestKey String key) {
        return transactions.createOnce(ReceiptForm.REQUEST_KIND, key, () -> supplies.receive(form),
                id -> ResponseEntity.status(201).body(supplies.stock()));
    }

    @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "领用申请", description = "本单位人员：库房、物品、数量（大于 0，不超过当前库存）、用途。提交即进入本单位的"
            + "领用审批流程。带 Idempotency-Key 请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已提交；Location 为申请的地址")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Views.RequestView> request(@Valid @RequestBody RequestForm form, @RequestKey String key) {
        return transactions.createOnce(RequestForm.REQUEST_KIND, key, () -> requests.request(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/supplies/requests/{id}").buildAndExpand(id).toUri()).body(requests.view(id)));
    }

    @GetMapping("/requests")
    @Operation(summary = "我的领用申请", description = "当前用户提交的申请，最新的在前。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.RequestView> mine() {
        return requests.mine();
    }

    @GetMapping("/requests/kept")
    @Operation(summary = "所管库房的领用申请", description = "保管员所管库房的申请（SUPPLIES_MANAGE：本单位全部），分页（每页 "
            + "zhengtong.supplies.page-size 条）。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<Views.RequestView> kept(@Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page) {
        return requests.kept(page).getContent();
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "查看领用申请")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.RequestView view(@Parameter(description = "申请编号（id）") @PathVariable long id) {
        return requests.view(id);
    }

    @PostMapping(path = "/requests/{id}/issue", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发放", description = "持有该申请“发放”待办的库房保管员：出库。库存不足时被拒绝（409），同时发放只有库存"
            + "够的才成功。")
    @ApiResponse(responseCode = "200", description = "已发放")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    Views.RequestView issue(@PathVariable long id, @RequestBody Issue issue) {
        return transactions.act(() -> requests.issue(id, issue.opinion()), () -> requests.view(id));
    }

    @GetMapping("/report")
    @Operation(summary = "领用统计", description = "month（yyyy-MM，默认本月）已发放的领用：按科室、物品的数量和次数。保管员和 "
            + "SUPPLIES_MANAGE。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    SuppliesReport.Report report(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return report.month(month);
    }

    @GetMapping(path = "/report/export", produces = MediaType.ALL_VALUE)
    @Operation(summary = "导出领用统计（Excel）")
    @ApiResponse(responseCode = "200", description = "xlsx 文件")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                  Locale locale) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        return Downloads.attachment("领用统计-" + shown + ".xlsx", report.export(shown, locale));
    }

    /** The keeper's note when issuing. */
    @Schema(name = "SuppliesIssue")
    record Issue(String opinion) {
    }
}
