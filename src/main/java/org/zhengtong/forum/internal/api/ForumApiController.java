package org.zhengtong.forum.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
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
import org.zhengtong.forum.internal.ForumForms;
import org.zhengtong.forum.internal.ForumService;
import org.zhengtong.forum.internal.ForumViews;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;
import org.zhengtong.platform.ResultPage;

@RestController
@RequestMapping(path = "/api/v1/forum", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "网上论坛", description = "版块（受众：全市或指定单位；版主；是否允许匿名）由市政府办公室的论坛管理员（FORUM_MANAGE）维护；"
        + "受众发表主题、回复（可引用）、举报；版主置顶、锁定、屏蔽、处理举报，操作记入管理日志。受众以外的人 403；"
        + "匿名帖对所有读者显示为“匿名”。")
class ForumApiController {

    private final ForumService forum;
    private final ForumViews views;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;

    ForumApiController(ForumService forum, ForumViews views, CurrentUsers currentUsers,
                       RequestTransactions requests) {
        this.forum = forum;
        this.views = views;
        this.currentUsers = currentUsers;
        this.requests = requests;
    }

    @GetMapping("/boards")
    @Operation(summary = "我可阅读的版块")
    @ApiResponse(responseCode = "200", description = "成功")
    List<ForumViews.BoardRow> boards() {
        return forum.readableBoards(currentUsers.current()).stream().map(views::board).toList();
    }

    @PostMapping(path = "/boards", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "新建版块", description = "论坛管理员（FORUM_MANAGE，市政府办公室）。带 Idempotency-Key 请求头时重发只建立一次。")
    @ApiResponse(responseCode = "201", description = "已建立")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<ForumViews.BoardRow> createBoard(@RequestBody ForumForms.BoardForm form, @RequestKey String key) {
        return requests.createOnce(ForumForms.BoardForm.REQUEST_KIND, key,
                () -> forum.createBoard(form, currentUsers.current()),
                id -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(views.board(forum.readableBoard(id, currentUsers.current()))));
    }

    @PutMapping(path = "/boards/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改版块", description = "论坛管理员。")
    @ApiResponse(responseCode = "200", description = "已修改")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ForumViews.BoardRow updateBoard(@PathVariable long id, @RequestBody ForumForms.BoardForm form) {
        return requests.act(() -> forum.updateBoard(id, form, currentUsers.current()),
                () -> views.board(forum.readableBoard(id, currentUsers.current())));
    }

    @GetMapping("/boards/{id}/threads")
    @Operation(summary = "版块的主题", description = "置顶的在前，其余按最后回复时间倒序；分页。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResultPage<ForumViews.ThreadRow> threads(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        return ResultPage.of(views.threads(forum.threads(id, page, currentUsers.current())));
    }

    /** A new thread: its title, the opening post and whether it is posted as 匿名. */
    record NewThread(String title, String body, Boolean anonymous) {
    }

    @PostMapping(path = "/boards/{id}/threads", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发表主题", description = "版块的受众；正文为富文本（脚本等被清除）。带 Idempotency-Key 请求头时重发只发表一次。")
    @ApiResponse(responseCode = "201", description = "已发表")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<ForumViews.ThreadView> createThread(@PathVariable long id, @RequestBody NewThread request,
                                                       @RequestKey String key) {
        return requests.createOnce(ForumForms.ThreadForm.REQUEST_KIND, key,
                () -> forum.createThread(new ForumForms.ThreadForm(id, request.title(), request.body(),
                        request.anonymous()), List.of(), currentUsers.current()),
                threadId -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(views.thread(threadId, currentUsers.current())));
    }

    @GetMapping("/threads/{id}")
    @Operation(summary = "阅读主题", description = "打开即计一次浏览。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ForumViews.ThreadView thread(@PathVariable long id) {
        return requests.act(() -> forum.open(id, currentUsers.current()),
                () -> views.thread(id, currentUsers.current()));
    }

    @GetMapping("/threads/{id}/posts")
    @Operation(summary = "主题的帖子", description = "首帖在前，分页；被屏蔽的帖子不含正文和附件。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResultPage<ForumViews.PostView> posts(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        CurrentUser user = currentUsers.current();
        return ResultPage.of(views.posts(forum.posts(id, page, user), user));
    }

    @PutMapping(path = "/posts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改本人的帖子", description = "仅作者；正文为富文本，保存前清理。被屏蔽的帖子或已锁定的主题 409。")
    @ApiResponse(responseCode = "204", description = "已修改")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Void> edit(@PathVariable long id, @RequestBody PostEdit edit) {
        CurrentUser user = currentUsers.current();
        return requests.act(() -> forum.edit(id, edit.body(), user), () -> ResponseEntity.noContent().build());
    }

    record PostEdit(String body) {
    }

    @PostMapping(path = "/threads/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "回复", description = "可引用本主题的一个帖子（quotePostId）。已锁定的主题 409。"
            + "带 Idempotency-Key 请求头时重发只回复一次。")
    @ApiResponse(responseCode = "201", description = "已回复")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Replied> reply(@PathVariable long id, @RequestBody ForumForms.ReplyForm form,
                                  @RequestKey String key) {
        return requests.createOnce(ForumForms.ReplyForm.REQUEST_KIND, key,
                () -> forum.reply(id, form, List.of(), currentUsers.current()),
                replyId -> ResponseEntity.status(HttpStatus.CREATED).body(new Replied(replyId, id)));
    }

    /** The new reply's id and its thread's. */
    record Replied(long id, long threadId) {
    }

    /** Whether to set (true) or clear (false) 置顶 or 锁定. */
    record Flag(boolean value) {
    }

    @PostMapping(path = "/threads/{id}/sticky", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "置顶或取消置顶", description = "版块的版主；记入管理日志。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ForumViews.ThreadView stick(@PathVariable long id, @RequestBody Flag flag) {
        return requests.act(() -> forum.stick(id, flag.value(), currentUsers.current()),
                () -> views.thread(id, currentUsers.current()));
    }

    @PostMapping(path = "/threads/{id}/lock", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "锁定或解锁", description = "版块的版主；锁定后不能再回复；记入管理日志。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ForumViews.ThreadView lock(@PathVariable long id, @RequestBody Flag flag) {
        return requests.act(() -> forum.lock(id, flag.value(), currentUsers.current()),
                () -> views.thread(id, currentUsers.current()));
    }

    /** Why: the reason of a report, or a moderator's note on hiding. */
    record Reason(String reason) {
    }

    @PostMapping(path = "/posts/{id}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "举报", description = "版块的受众，须填写理由；版主在举报处理中看到。")
    @ApiResponse(responseCode = "204", description = "已举报")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Void> report(@PathVariable long id, @RequestBody Reason reason) {
        forum.report(id, reason.reason(), currentUsers.current());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/posts/{id}/hide", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "屏蔽帖子", description = "版块的版主；帖子的未处理举报随之办结；记入管理日志。已屏蔽的 409。")
    @ApiResponse(responseCode = "204", description = "已屏蔽")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Void> hide(@PathVariable long id, @RequestBody Reason reason) {
        forum.hide(id, reason.reason(), currentUsers.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/files/{fileId}")
    @Operation(summary = "下载附件", description = "版块的受众；文件类型由服务器判定，HTML、SVG 等只作为附件下载。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Resource> download(@PathVariable long fileId) {
        ForumService.Download file = forum.download(fileId, currentUsers.current());
        return Downloads.attachment(file.name(), file.size(), file.content());
    }

    @GetMapping("/reports")
    @Operation(summary = "待处理的举报", description = "本人担任版主的版块。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<ForumViews.ReportRow> reports() {
        return views.reports(forum.openReports(currentUsers.current()));
    }

    @PostMapping("/reports/{id}/dismiss")
    @Operation(summary = "驳回举报", description = "版块的版主；记入管理日志。已处理的 409。")
    @ApiResponse(responseCode = "204", description = "已驳回")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Void> dismiss(@PathVariable long id) {
        forum.dismiss(id, currentUsers.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/boards/{id}/log")
    @Operation(summary = "管理日志", description = "版块的版主和论坛管理员；最新的在前，分页。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResultPage<ForumViews.LogRow> log(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        return ResultPage.of(views.log(forum.log(id, page, currentUsers.current())));
    }
}
