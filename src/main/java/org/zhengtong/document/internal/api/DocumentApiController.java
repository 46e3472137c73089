package org.zhengtong.document.internal.api;

import static org.zhengtong.document.internal.api.DocumentApiDocumentation.BAD_REQUEST;
import static org.zhengtong.document.internal.api.DocumentApiDocumentation.CONFLICT;
import static org.zhengtong.document.internal.api.DocumentApiDocumentation.NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.document.internal.api.DocumentResponse.DocumentTimelineStep;
import org.zhengtong.document.internal.form.ProcessingForms;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "公文", description = "拟稿，查看公文、流程跟踪和办文单。只有公文的办理人、传阅人和本单位管理员可以查看，且涉密等级须满足"
        + "公文的密级（否则 403）；对涉密公文的每次查看都记入审计日志。")
class DocumentApiController {

    private final DocumentService documents;
    private final DocumentViews views;
    private final ProcessingForms forms;
    private final RequestTransactions requests;

    DocumentApiController(DocumentService documents, DocumentViews views, ProcessingForms forms,
                          RequestTransactions requests) {
        this.documents = documents;
        this.views = views;
        this.forms = forms;
        this.requests = requests;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "拟稿（新建发文）", description = "以本人单位的名义拟一份发文：保存第 1 版正文，启动发文流程，拟稿步骤即本人的待办。"
            + "机关代字须属于本单位；涉密公文须填写保密期限，且密级不能高于本人的涉密等级（否则 403）。"
            + "带 Idempotency-Key 请求头时，同一账号以同一编号重发（如超时后重试）不再新建，而返回第一次拟的公文。")
    @ApiResponse(responseCode = "201", description = "已拟稿（或以同一 Idempotency-Key 拟过）；Location 为公文的地址")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    ResponseEntity<DocumentResponse> draft(@Valid @RequestBody OutgoingForm form, @RequestKey String key) {
        return requests.createOnce(OutgoingForm.REQUEST_KIND, key,
                () -> documents.draftOutgoing(form).getId(),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/documents/{id}").buildAndExpand(id).toUri()).body(views.document(id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看公文", description = "办文单各项、正文、附件、本人当前可办理的步骤（currentTask）和流程跟踪。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    DocumentResponse document(@Parameter(description = "公文编号") @PathVariable Long id) {
        return views.document(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "流程跟踪", description = "各步骤的办理人（含“代 X 办理”）、起止时间、意见和办理记录，按时间顺序。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    List<DocumentTimelineStep> history(@Parameter(description = "公文编号") @PathVariable Long id) {
        return views.timeline(documents.read(id));
    }

    @GetMapping(value = "/{id}/form.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "办文单（PDF）", description = "发文为发文稿纸，收文为办文单：A4，含办文单各项和每一步的办理人、意见、时间，"
            + "可直接打印。")
    @ApiResponse(responseCode = "200", description = "PDF 文件",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    ResponseEntity<byte[]> form(@Parameter(description = "公文编号") @PathVariable Long id) {
        ProcessingForms.FormPdf pdf = forms.pdf(id);
        return Downloads.inline(pdf.fileName(), pdf.content());
    }
}
