package org.zhengtong.reception.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.ResultPage;
import org.zhengtong.reception.internal.ApprovalRule;
import org.zhengtong.reception.internal.CostForm;
import org.zhengtong.reception.internal.ReceptionForm;
import org.zhengtong.reception.internal.ReceptionLevel;
import org.zhengtong.reception.internal.ReceptionQueries;
import org.zhengtong.reception.internal.ReceptionQuery;
import org.zhengtong.reception.internal.ReceptionRules;
import org.zhengtong.reception.internal.ReceptionService;
import org.zhengtong.reception.internal.ReceptionStatus;
import org.zhengtong.reception.internal.ReceptionView;
import org.zhengtong.workflow.TrailStep;

@RestController
@RequestMapping(path = "/api/v1/receptions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "接待管理", description = "本单位的公务接待：来访登记与接待方案（场地、用餐、住宿、用车、陪同人员、日程）、按单位规则"
        + "（/rules，本单位未设置时为 zhengtong.reception.approval）送领导审批、接待后登记费用（接待清单）、组合查询、统计与导出。登记和修改需要"
        + " RECEPTION_MANAGE 权限（接待岗位、办公室）；查询需要 RECEPTION_READ、RECEPTION_MANAGE，或为本单位负责人、分管领导；"
        + "他人和其他单位 403。审批待办通过 /api/v1/tasks 办理（发送即同意，退件即不同意）。时间按系统时区（zhengtong.time-zone），金额单位为元。")
class ReceptionApiController {

    private final ReceptionService receptions;
    private final ReceptionQueries queries;
    private final ReceptionRules rules;
    private final RequestTransactions requests;
    private final Clock clock;

    ReceptionApiController(ReceptionService receptions, ReceptionQueries queries, ReceptionRules rules,
                           RequestTransactions requests, Clock clock) {
        this.receptions = receptions;
        this.rules = rules;
        this.queries = queries;
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "接待组合查询", description = "本单位的接待，按来访时间倒序分页。条件均可不填，填写的须同时满足：from、to"
            + "（来访日期，含）、visitingUnit（来访单位，部分匹配）、level、hostDepartmentId、status、text（编号、来访单位、"
            + "带队领导、事由中的文字）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResultPage<ReceptionView> search(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String visitingUnit,
            @RequestParam(required = false) ReceptionLevel level,
            @RequestParam(required = false) Long hostDepartmentId,
            @RequestParam(required = false) ReceptionStatus status,
            @RequestParam(required = false) String text,
            @Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page) {
        return ResultPage.of(queries.search(query(from, to, visitingUnit, level, hostDepartmentId, status, text),
                page));
    }

    @GetMapping(path = "/export", produces = MediaType.ALL_VALUE)
    @Operation(summary = "导出查询结果（Excel）", description = "条件同组合查询；最多 5000 条。")
    @ApiResponse(responseCode = "200", description = "xlsx 文件")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String visitingUnit,
            @RequestParam(required = false) ReceptionLevel level,
            @RequestParam(required = false) Long hostDepartmentId,
            @RequestParam(required = false) ReceptionStatus status,
            @RequestParam(required = false) String text, Locale locale) {
        return Downloads.attachment("接待记录-" + LocalDate.now(clock) + ".xlsx", queries.export(
                query(from, to, visitingUnit, level, hostDepartmentId, status, text), locale));
    }

    @GetMapping("/statistics")
    @Operation(summary = "接待统计", description = "from 至 to（含，默认本年）期间来访的接待（不含已取消）：次数、来宾人数、计划费用、"
            + "实际费用，合计、按接待级别和按月份。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ReceptionQueries.Statistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.statistics(from, to);
    }

    /** The body of a rule change: {@code approval} ALWAYS, NEVER or OVER_AMOUNT, {@code approvalAmount} in 元. */
    record RulesBody(ApprovalRule approval, BigDecimal approvalAmount) {
    }

    @GetMapping("/rules")
    @Operation(summary = "本单位接待审批规则", description = "接待方案何时送审批：ALWAYS（一律）、NEVER（不送）、OVER_AMOUNT（计划费用"
            + "超过 approvalAmount 元或省部级来访时）；own 为 false 时本单位未设置，适用系统默认（zhengtong.reception.approval）。"
            + "接待岗位、RECEPTION_READ 和本单位领导可看。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ReceptionRules.Rules rules() {
        return rules.current();
    }

    @PutMapping(path = "/rules", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "设置本单位接待审批规则", description = "仅本单位接待岗位（RECEPTION_MANAGE）。approval 必填；OVER_AMOUNT 须填 "
            + "approvalAmount（0 至 9999999999.99，最多两位小数）。此后提交的接待方案按新规则决定是否送审批。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ReceptionRules.Rules setRules(@RequestBody RulesBody body) {
        return rules.set(body.approval(), body.approvalAmount());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记来访及接待方案", description = "状态为“登记”。离开时间须晚于来访时间（最长 60 天）；来宾名单（带队领导"
            + "之外的成员）不超过来访人数；用餐日期在来访期间，陪餐人数在 10 人以内的接待中不超过 3 人、超过 10 人的不超过来访人数的"
            + "三分之一；日程在来访期间；承办科室、负责人、陪同人员须为本单位。带 Idempotency-Key 请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已登记；Location 为接待的地址")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<ReceptionView> register(@Valid @RequestBody ReceptionForm form, @RequestKey String key) {
        return requests.createOnce(ReceptionForm.REQUEST_KIND, key, () -> receptions.register(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/receptions/{id}").buildAndExpand(id).toUri()).body(receptions.view(id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看接待", description = "登记、方案、状态、审批意见、费用（接待清单）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ReceptionView reception(@Parameter(description = "接待编号") @PathVariable long id) {
        return receptions.view(id);
    }

    @GetMapping("/{id}/approval")
    @Operation(summary = "审批经过", description = "审批流程的各步骤、办理人、时间和意见。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    List<TrailStep> approval(@Parameter(description = "接待编号") @PathVariable long id) {
        return receptions.approvalHistory(id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改登记和方案", description = "仅在“登记”状态；已安排的接待须先“重新登记”。规则同登记。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ReceptionView update(@PathVariable long id, @Valid @RequestBody ReceptionForm form) {
        return requests.act(() -> receptions.update(id, form), () -> receptions.view(id));
    }

    @PostMapping(path = "/{id}/letter", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传公函", description = "仅在“登记”状态；再次上传替换原公函。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ReceptionView letter(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            receptions.view(id);
            throw new BusinessRuleException("reception.error.letterMissing");
        }
        try (InputStream in = file.getInputStream()) {
            return requests.act(() -> receptions.attachLetter(id, file.getOriginalFilename(), in),
                    () -> receptions.view(id));
        }
    }

    @GetMapping(path = "/{id}/letter", produces = MediaType.ALL_VALUE)
    @Operation(summary = "下载公函")
    @ApiResponse(responseCode = "200", description = "公函文件")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<byte[]> downloadLetter(@PathVariable long id) {
        ReceptionService.Letter letter = receptions.letter(id);
        return Downloads.attachment(letter.name(), letter.content());
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提交接待方案", description = "按单位规则需要审批时转“待审批”，待办到登记人所在科室的分管领导；否则直接“已安排”。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ReceptionView submit(@PathVariable long id) {
        return requests.act(() -> receptions.submit(id), () -> receptions.view(id));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "重新登记", description = "已安排的接待回到“登记”以修改方案，之后须重新提交（需要时重新审批）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ReceptionView reopen(@PathVariable long id) {
        return requests.act(() -> receptions.reopen(id), () -> receptions.view(id));
    }

    @PostMapping(path = "/{id}/costs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记接待费用", description = "已安排（或已完成，更正）的接待，来访开始后：用餐、住宿、交通、其他费用（元，0 至"
            + " 10000000，两位小数）；接待转为“已完成”，形成接待清单。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ReceptionView costs(@PathVariable long id, @Valid @RequestBody CostForm costs) {
        return requests.act(() -> receptions.recordCosts(id, costs), () -> receptions.view(id));
    }

    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "取消接待", description = "“登记”或“已安排”的接待，须填写原因（最多 500 字）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ReceptionView cancel(@PathVariable long id, @RequestBody Cancellation cancellation) {
        return requests.act(() -> receptions.cancel(id, cancellation.reason()), () -> receptions.view(id));
    }

    /** Why a reception is cancelled. */
    record Cancellation(String reason) {
    }

    private static ReceptionQuery query(LocalDate from, LocalDate to, String visitingUnit, ReceptionLevel level,
                                        Long hostDepartmentId, ReceptionStatus status, String text) {
        if ((visitingUnit != null && visitingUnit.length() > 100) || (text != null && text.length() > 100)) {
            throw new BusinessRuleException("reception.validation.query");
        }
        return new ReceptionQuery(from, to, visitingUnit, level, hostDepartmentId, status, text);
    }
}
