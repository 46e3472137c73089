package org.zhengtong.document.internal.api;

import static org.zhengtong.document.internal.api.DocumentApiDocumentation.BAD_REQUEST;
import static org.zhengtong.document.internal.api.DocumentApiDocumentation.CONFLICT;
import static org.zhengtong.document.internal.api.DocumentApiDocumentation.NOT_FOUND;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.RequestTransactions;

/**
 * What the document page's action panel does, for API clients. The task actions first read the document (outsiders
 * and readers without clearance get 403, as on the page), then act; a refused action changes nothing (409 with the
 * reason, e.g. "该任务已由他人办理"). Every action answers with the document as it is afterwards, read in the
 * action's own transaction: an answer that cannot be built undoes the action, so no saved work is reported as failed.
 */
@RestController
@RequestMapping(path = "/api/v1/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "公文办理", description = "办理本人的待办步骤（发送、退回、转交、加签），以及撤回、催办和终止。taskId 取自“待办”或公文的 "
        + "currentTask。任务已由他人办理、不是本人的任务、违反办理规则时返回 409 并说明原因，公文不做任何改变。")
class DocumentActionApiController {

    private final DocumentService documents;
    private final DocumentViews views;
    private final RequestTransactions requests;

    DocumentActionApiController(DocumentService documents, DocumentViews views, RequestTransactions requests) {
        this.documents = documents;
        this.views = views;
        this.requests = requests;
    }

    @PostMapping("/tasks/{taskId}/send")
    @Operation(summary = "发送（办理完毕）", description = "填写意见并送下一步；本步骤的工作随之完成：签发步骤记下签发人和成文日期，编号登记"
            + "步骤编发文字号，分发步骤把公文送入主送、抄送单位的收文。核稿、拟办、批办步骤可在请求中选择下一步的办理人。"
            + "加签人发送即交回加签的人。没有请求体时意见为空。")
    @ApiResponse(responseCode = "200", description = "已发送；返回发送后的公文")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse send(@Parameter(description = "公文编号") @PathVariable Long id,
                          @Parameter(description = "任务编号") @PathVariable String taskId,
                          @RequestBody(required = false) StepDecision decision) {
        StepDecision taken = decision == null ? StepDecision.opinion(null) : decision;
        return answered(id, () -> documents.sendOn(id, taskId, taken));
    }

    @GetMapping("/tasks/{taskId}/return-targets")
    @Operation(summary = "可退回的步骤", description = "本流程中已经办理过、且当前不在办理中的步骤，按办理顺序。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    List<ReturnTargetResponse> returnTargets(@Parameter(description = "公文编号") @PathVariable Long id,
                                             @Parameter(description = "任务编号") @PathVariable String taskId) {
        return documents.returnTargets(id, taskId).stream()
                .map(step -> new ReturnTargetResponse(step.activityId(), step.name())).toList();
    }

    @PostMapping(path = "/tasks/{taskId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "退回", description = "退回到已经办理过的步骤，须填写意见。")
    @ApiResponse(responseCode = "200", description = "已退回；返回退回后的公文")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse returnTo(@Parameter(description = "公文编号") @PathVariable Long id,
                              @Parameter(description = "任务编号") @PathVariable String taskId,
                              @Valid @RequestBody ActionRequests.Return request) {
        return answered(id, () -> documents.returnTo(id, taskId, request.target(), request.opinion()));
    }

    @PostMapping(path = "/tasks/{taskId}/refuse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "退文", description = "签收时将收文退回来文单位，须填写理由；来文单位的发文记下退文和理由。")
    @ApiResponse(responseCode = "200", description = "已退文；返回退文后的收文")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse refuse(@Parameter(description = "公文编号") @PathVariable Long id,
                            @Parameter(description = "任务编号") @PathVariable String taskId,
                            @Valid @RequestBody ActionRequests.Refuse request) {
        return answered(id, () -> documents.refuse(id, taskId, request.reason()));
    }

    @PostMapping(path = "/tasks/{taskId}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "转交", description = "本步骤交由他人办理，不增加步骤。")
    @ApiResponse(responseCode = "200", description = "已转交；返回转交后的公文")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse transfer(@Parameter(description = "公文编号") @PathVariable Long id,
                              @Parameter(description = "任务编号") @PathVariable String taskId,
                              @Valid @RequestBody ActionRequests.Transfer request) {
        return answered(id, () -> documents.transfer(id, taskId, request.to(), request.opinion()));
    }

    @PostMapping(path = "/tasks/{taskId}/add-signer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "加签", description = "请他人先办理本步骤（填写意见），办理后交回本人继续办理。")
    @ApiResponse(responseCode = "200", description = "已加签；返回加签后的公文")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse addSigner(@Parameter(description = "公文编号") @PathVariable Long id,
                               @Parameter(description = "任务编号") @PathVariable String taskId,
                               @Valid @RequestBody ActionRequests.AddSigner request) {
        return answered(id, () -> documents.addSigner(id, taskId, request.signer(), request.opinion()));
    }

    @PostMapping("/withdraw")
    @Operation(summary = "撤回", description = "上一步的办理人在下一步办理人处理之前收回公文，重新办理。")
    @ApiResponse(responseCode = "200", description = "已撤回；返回撤回后的公文")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse withdraw(@Parameter(description = "公文编号") @PathVariable Long id) {
        return answered(id, () -> documents.withdraw(id));
    }

    @PostMapping("/urge")
    @Operation(summary = "催办", description = "提醒当前各步骤的办理人。公文的参与人和流程管理员可以催办。没有请求体时不留言。")
    @ApiResponse(responseCode = "200", description = "已催办")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse urge(@Parameter(description = "公文编号") @PathVariable Long id,
                          @Valid @RequestBody(required = false) ActionRequests.Urge request) {
        return answered(id, () -> documents.urge(id, request == null ? null : request.message()));
    }

    @PostMapping(path = "/terminate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "终止流程", description = "仅流程管理员。终止后不能恢复。")
    @ApiResponse(responseCode = "200", description = "已终止；返回终止后的公文")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse terminate(@Parameter(description = "公文编号") @PathVariable Long id,
                               @Valid @RequestBody ActionRequests.Terminate request) {
        return answered(id, () -> documents.terminate(id, request.reason()));
    }

    @PostMapping(path = "/output", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改份数和附注", description = "发文的当前办理人在用印前可修改；用印后的电子公文保持用印时的内容（409）。")
    @ApiResponse(responseCode = "200", description = "已保存；返回公文")
    @ApiResponse(responseCode = "400", ref = BAD_REQUEST)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = CONFLICT)
    DocumentResponse output(@Parameter(description = "公文编号") @PathVariable Long id,
                            @Valid @RequestBody ActionRequests.Output request) {
        return answered(id, () -> documents.saveCopiesAndAnnotation(id, request.copies(), request.annotation()));
    }

    /** The action, then the document as it left it, in one transaction. */
    private DocumentResponse answered(Long id, Runnable action) {
        return requests.act(action, () -> views.document(id));
    }
}
