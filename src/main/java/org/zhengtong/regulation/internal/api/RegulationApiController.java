package org.zhengtong.regulation.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.ResultPage;
import org.zhengtong.regulation.internal.RegulationForm;
import org.zhengtong.regulation.internal.RegulationKind;
import org.zhengtong.regulation.internal.RegulationQuery;
import org.zhengtong.regulation.internal.RegulationService;
import org.zhengtong.regulation.internal.RegulationStatus;
import org.zhengtong.regulation.internal.RepealForm;
import org.zhengtong.regulation.internal.Views;

@RestController
@RequestMapping(path = "/api/v1/regulations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "规章制度与政策法规", description = "规章制度（INTERNAL，本单位内部制度，仅本单位可见）和政策法规（POLICY，本单位 UNIT 或全市 "
        + "CITY 可见）。状态由服务器根据关联和日期判定：IN_FORCE 现行有效、REVISED 已修订（有新版本）、REPEALED 已废止（被废止或已到"
        + "废止日期）。本单位 REGULATION_MANAGE（单位管理员、制度管理员）维护；不可见的编号一律 404。全文为富文本，保存前清洗。")
class RegulationApiController {

    private final RegulationService regulations;
    private final RequestTransactions requests;

    RegulationApiController(RegulationService regulations, RequestTransactions requests) {
        this.regulations = regulations;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "查询规章制度和政策法规", description = "按类别、状态、发布机关（包含）、发布年份、文字（标题、文号、全文）查询，"
            + "按发布日期倒序，每页 20 条。")
    @ApiResponse(responseCode = "200", description = "成功")
    ResultPage<Views.RegulationRow> search(@RequestParam(required = false) RegulationKind kind,
                                           @RequestParam(required = false) RegulationStatus status,
                                           @RequestParam(required = false) String issuer,
                                           @RequestParam(required = false) Integer year,
                                           @RequestParam(required = false) String q,
                                           @RequestParam(defaultValue = "0") int page) {
        return ResultPage.of(regulations.search(new RegulationQuery(kind, status, issuer, year, q), page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看规章制度", description = "含全文、修订与废止关联（仅列出可见的）和附件（含 SHA-256）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.RegulationView view(@Parameter(description = "编号（id）") @PathVariable long id) {
        return regulations.view(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建规章制度", description = "本单位制度管理员。施行日期不得早于发布日期，废止日期不得早于二者（400）。带 "
            + "Idempotency-Key 请求头时，以同一编号重发不再新建。")
    @ApiResponse(responseCode = "201", description = "已新建")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Views.RegulationView> create(@Valid @RequestBody RegulationForm form, @RequestKey String key) {
        return requests.createOnce(RegulationForm.REQUEST_KIND, key, () -> regulations.create(form), this::created);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改规章制度", description = "本单位制度管理员；修订与废止关联不变。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.RegulationView update(@PathVariable long id, @Valid @RequestBody RegulationForm form) {
        return requests.act(() -> regulations.update(id, form), () -> regulations.view(id));
    }

    @PostMapping(path = "/{id}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修订", description = "以新版本修订现行有效的规章制度（同一类别）：旧版本变为已修订并关联新版本。已修订或已废止的 "
            + "409。带 Idempotency-Key 时不重复新建。")
    @ApiResponse(responseCode = "201", description = "新版本")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Views.RegulationView> revise(@PathVariable long id, @Valid @RequestBody RegulationForm form,
                                                @RequestKey String key) {
        return requests.createOnce(RegulationForm.REQUEST_KIND, key, () -> regulations.revise(id, form),
                this::created);
    }

    @PostMapping(path = "/{id}/repeal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "废止", description = "自废止日期起废止，可关联废止它的规章制度（repealedById）。已废止的 409。")
    @ApiResponse(responseCode = "200", description = "已废止")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    Views.RegulationView repeal(@PathVariable long id, @Valid @RequestBody RepealForm form) {
        return requests.act(() -> regulations.repeal(id, form), () -> regulations.view(id));
    }

    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传附件", description = "本单位制度管理员；大小上限 zhengtong.regulation.max-attachment-size（413）；"
            + "内容须与扩展名相符（400）。")
    @ApiResponse(responseCode = "200", description = "已上传")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.RegulationView attach(@PathVariable long id, @RequestPart("file") MultipartFile file) {
        return requests.act(() -> regulations.attach(id, file), () -> regulations.view(id));
    }

    @DeleteMapping("/{id}/files/{fileId}")
    @Operation(summary = "删除附件", description = "本单位制度管理员。")
    @ApiResponse(responseCode = "200", description = "已删除")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    Views.RegulationView detach(@PathVariable long id, @PathVariable long fileId) {
        return requests.act(() -> regulations.detach(id, fileId), () -> regulations.view(id));
    }

    @GetMapping(path = "/{id}/files/{fileId}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "下载附件", description = "类型由服务器按内容判定；仅 PDF 和图片可在浏览器中打开。")
    @ApiResponse(responseCode = "200", description = "文件")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long fileId) {
        Views.Download file = regulations.download(id, fileId);
        return Downloads.inline(file.name(), file.size(), file.content());
    }

    private ResponseEntity<Views.RegulationView> created(long id) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/regulations/{id}").buildAndExpand(id).toUri()).body(regulations.view(id));
    }
}
