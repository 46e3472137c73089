package org.zhengtong.petition.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.petition.internal.PetitionForm;
import org.zhengtong.petition.internal.PetitionService;
import org.zhengtong.petition.internal.PetitionStatistics;
import org.zhengtong.petition.internal.PetitionStatus;
import org.zhengtong.petition.internal.PetitionView;
import org.zhengtong.petition.internal.RelatedCase;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.ResultPage;
import org.zhengtong.workflow.TrailStep;

@RestController
@RequestMapping(path = "/api/v1/petitions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "信访管理", description = "信访事项（信访工作条例）：登记来信、来访、来电和网上信访，查重（同一身份证号码的重复信访、内容相似"
        + "的信访），拟办（受理、不予受理、转送）、领导批示、交办（不得交办给被反映单位）、办理并报告、审核答复、答复、回访、办结和"
        + "归档在流程中办理，待办通过 /api/v1/tasks 办理。期限按工作日（节假日与调休由系统管理员维护）：受理 15 个工作日，办理 60"
        + " 个工作日，经批准可延期 30 个工作日。本单位信访工作人员（PETITION_OFFICE）登记和查看本单位信访件；经办人（批示领导、承办"
        + "单位的承办人）查看其经办的信访件；信访人的个人信息只对他们可见，每次查看都记入审计日志；他人 403。公众门户的账号"
        + "（PETITION_PORTAL）只能提交网上信访。")
class PetitionApiController {

    private final PetitionService petitions;
    private final PetitionStatistics statistics;
    private final RequestTransactions requests;

    PetitionApiController(PetitionService petitions, PetitionStatistics statistics, RequestTransactions requests) {
        this.petitions = petitions;
        this.statistics = statistics;
        this.requests = requests;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "信访登记（含网上信访）", description = "channel：LETTER 来信、VISIT 来访、PHONE 来电、ONLINE 网上信访"
            + "（公众门户只能提交 ONLINE）。身份证号码须符合 GB 11643（出生日期、校验码），电话须为手机号码或带区号的固定电话，否则"
            + " 400 且不保存。集体访须为来访且不少于 5 人。parentId 为原信访件时登记为复查（原件已办结）或复核（原件为复查）。"
            + "带 Idempotency-Key 请求头时，以同一编号重发只登记一次，回答第一次的结果。")
    @ApiResponse(responseCode = "201", description = "已登记；Location 为信访件的地址")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<PetitionService.Registered> register(@Valid @RequestBody PetitionForm form, @RequestKey String key) {
        return requests.createOnce(PetitionForm.REQUEST_KIND, key, () -> petitions.register(form),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/petitions/{id}").buildAndExpand(id).toUri()).body(petitions.registered(id)));
    }

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "登记前查重", description = "同一身份证号码此前的信访件（同一事项为重复信访）和内容相似的信访件；不保存。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<RelatedCase> check(@Valid @RequestBody PetitionForm form) {
        return petitions.check(form);
    }

    @GetMapping
    @Operation(summary = "本单位信访件", description = "信访工作人员：本单位的信访件，新的在前，可按状态、事项分类和文字（编号、摘要）"
            + "筛选；列表不含个人信息。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResultPage<PetitionService.Row> list(@RequestParam(required = false) PetitionStatus status,
                                         @RequestParam(required = false) String matter,
                                         @RequestParam(required = false) String text,
                                         @Parameter(description = "页码，从 0 开始") @RequestParam(defaultValue = "0") int page) {
        return ResultPage.of(petitions.rows(status, matter, text, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看信访件", description = "含信访人个人信息、期限（剩余工作日）、交办单位及其报告、答复、满意度；"
            + "每次查看记入审计日志。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    PetitionView petition(@PathVariable long id) {
        return petitions.view(id);
    }

    @GetMapping("/{id}/related")
    @Operation(summary = "相关信访件", description = "同一信访人此前的信访件和内容相似的信访件（仅限可以查看的）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<RelatedCase> related(@PathVariable long id) {
        return petitions.related(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "办理经过", description = "流程各步骤、办理人、时间和意见（拟办意见、批示、办理情况报告）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<TrailStep> history(@PathVariable long id) {
        return petitions.history(id);
    }

    @PostMapping(path = "/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "拟写答复意见", description = "本单位信访工作人员，办理中的信访件；审核答复意见须先有答复意见。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    PetitionView reply(@PathVariable long id, @RequestBody Text body) {
        return requests.act(() -> petitions.draftReply(id, body.text()), () -> petitions.view(id));
    }

    @PostMapping(path = "/{id}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "申请延期", description = "办理期限延长 30 个工作日，须批示领导审批（延期审批待办）；只能延期一次。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    PetitionView extension(@PathVariable long id, @RequestBody Reason body) {
        return requests.act(() -> petitions.requestExtension(id, body.reason()), () -> petitions.view(id));
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传来信扫描件或附件", description = "本单位信访工作人员；文件类型由服务器按内容判断。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    PetitionView upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            petitions.view(id);
            throw new BusinessRuleException("petition.error.fileMissing");
        }
        try (InputStream in = file.getInputStream()) {
            return requests.act(() -> petitions.attach(id, file.getOriginalFilename(), in), () -> petitions.view(id));
        }
    }

    @GetMapping(path = "/{id}/files/{fileId}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "下载扫描件或附件")
    @ApiResponse(responseCode = "200", description = "文件")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        PetitionService.Download file = petitions.file(id, fileId);
        return Downloads.attachment(file.name(), file.content());
    }

    @GetMapping(path = "/{id}/pdf/{kind}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "打印信访文书（PDF）", description = "kind：registration 登记表、assignment 交办单、reply 答复意见书、"
            + "notice 不予受理或转送告知书。")
    @ApiResponse(responseCode = "200", description = "PDF")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String kind) {
        PetitionService.Download pdf = petitions.pdf(id, kind);
        return Downloads.attachment(pdf.name(), pdf.content());
    }

    @GetMapping("/statistics")
    @Operation(summary = "信访统计", description = "本单位 from 至 to（收到日期，含；默认本年）：按事项分类、信访形式、承办单位、月份，"
            + "按期受理率、按期答复率，重复信访，集体访，满意度。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    PetitionStatistics.Statistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.of(from, to);
    }

    record Text(String text) {
    }

    record Reason(String reason) {
    }
}
