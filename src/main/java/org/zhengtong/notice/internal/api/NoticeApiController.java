package org.zhengtong.notice.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.notice.internal.NoticeForms;
import org.zhengtong.notice.internal.NoticeService;
import org.zhengtong.notice.internal.NoticeViews;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

@RestController
@RequestMapping(path = "/api/v1/notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "电子公告", description = "单位的栏目（发布人、审核人、受众：全市、单位、科室、职务）由单位管理员（NOTICE_MANAGE）维护；"
        + "栏目的发布人提交公告，经审核（流程，通过 /api/v1/tasks 办理）后发布给受众。受众以外的人 403；过期的公告不在首页，仍在栏目归档中。")
class NoticeApiController {

    private final NoticeService notices;
    private final NoticeViews views;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;

    NoticeApiController(NoticeService notices, NoticeViews views, CurrentUsers currentUsers,
                        RequestTransactions requests) {
        this.notices = notices;
        this.views = views;
        this.currentUsers = currentUsers;
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "我可阅读的公告", description = "已发布、未过期的，置顶的在前；unread 为未读。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<NoticeViews.Row> current() {
        return views.rows(notices.current(currentUsers.current()), currentUsers.current());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "提交公告", description = "栏目的发布人；提交后进入审核流程。带 Idempotency-Key 请求头时重发只提交一次。")
    @ApiResponse(responseCode = "201", description = "已提交")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<NoticeViews.View> submit(@RequestBody NoticeForms.NoticeForm form, @RequestKey String key) {
        return requests.createOnce(NoticeForms.NoticeForm.REQUEST_KIND, key,
                () -> notices.submit(form, List.of(), currentUsers.current()),
                id -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(views.view(notices.readable(id, currentUsers.current()), currentUsers.current())));
    }

    /** A finished 公文 to publish in a column. */
    record FromDocument(long documentId, Long columnId, java.time.LocalDate expiresOn) {
    }

    @PostMapping(path = "/from-document", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "由公文生成公告", description = "已办结的通知、通报、公告（本人可阅读的），标题、正文和密级带入，"
            + "提交到栏目审核。带 Idempotency-Key 请求头时重发只提交一次。")
    @ApiResponse(responseCode = "201", description = "已提交")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<NoticeViews.View> fromDocument(@RequestBody FromDocument request, @RequestKey String key) {
        return requests.createOnce(NoticeForms.NoticeForm.REQUEST_KIND, key,
                () -> notices.submit(notices.fromDocument(request.documentId(), request.columnId(),
                        request.expiresOn()), List.of(), currentUsers.current()),
                id -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(views.view(notices.readable(id, currentUsers.current()), currentUsers.current())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "阅读公告", description = "受众第一次打开即记为已读（阅读回执）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    NoticeViews.View open(@PathVariable long id) {
        return requests.act(() -> notices.open(id, currentUsers.current()),
                () -> views.view(notices.readable(id, currentUsers.current()), currentUsers.current()));
    }

    @GetMapping("/{id}/receipts")
    @Operation(summary = "阅读情况", description = "谁在何时阅读；发布人、审核人、单位管理员。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<NoticeViews.ReceiptRow> receipts(@PathVariable long id) {
        return views.receipts(notices.receipts(id, currentUsers.current()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤销发布", description = "作者或栏目的发布人。")
    @ApiResponse(responseCode = "200", description = "已撤销")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    NoticeViews.View withdraw(@PathVariable long id) {
        return requests.act(() -> notices.withdraw(id, currentUsers.current()),
                () -> views.view(notices.readable(id, currentUsers.current()), currentUsers.current()));
    }

    @GetMapping("/columns")
    @Operation(summary = "我可阅读的栏目")
    @ApiResponse(responseCode = "200", description = "成功")
    List<NoticeViews.ColumnRow> columns() {
        return notices.readableColumns(currentUsers.current()).stream().map(views::column).toList();
    }

    @GetMapping("/columns/{id}/notices")
    @Operation(summary = "栏目归档", description = "栏目中可阅读的全部公告，含已过期的。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<NoticeViews.Row> archive(@PathVariable long id) {
        return views.rows(notices.archive(id, currentUsers.current()), currentUsers.current());
    }

    @PostMapping(path = "/columns", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建栏目", description = "单位管理员（NOTICE_MANAGE）；发布人、审核人须为本单位人员。")
    @ApiResponse(responseCode = "201", description = "已建立")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<NoticeViews.ColumnRow> createColumn(@RequestBody NoticeForms.ColumnForm form,
                                                       @RequestKey String key) {
        return requests.createOnce(NoticeForms.ColumnForm.REQUEST_KIND, key,
                () -> notices.createColumn(form, currentUsers.current()),
                id -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(views.column(notices.readableColumn(id, currentUsers.current()))));
    }

    @PutMapping(path = "/columns/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改栏目")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    NoticeViews.ColumnRow updateColumn(@PathVariable long id, @RequestBody NoticeForms.ColumnForm form) {
        return requests.act(() -> notices.updateColumn(id, form, currentUsers.current()),
                () -> views.column(notices.readableColumn(id, currentUsers.current())));
    }

    @DeleteMapping("/columns/{id}")
    @Operation(summary = "删除栏目", description = "只能删除从未有过公告的栏目。")
    @ApiResponse(responseCode = "204", description = "已删除")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", description = "栏目中已有公告")
    ResponseEntity<Void> deleteColumn(@PathVariable long id) {
        notices.deleteColumn(id, currentUsers.current());
        return ResponseEntity.noContent().build();
    }
}
