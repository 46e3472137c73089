package org.zhengtong.leadermailbox.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import org.zhengtong.leadermailbox.internal.LeaderMailboxService;
import org.zhengtong.leadermailbox.internal.LeaderMailboxStatistics;
import org.zhengtong.leadermailbox.internal.LetterViews;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

@RestController
@RequestMapping(path = "/api/v1/leader-mailbox", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "领导信箱", description = "本单位工作人员给本单位领导（单位负责人、分管领导）写信；来信只有该领导及其指定的阅信人（如秘书）可以阅读、"
        + "答复或转部门拟答复（流程，通过 /api/v1/tasks 办理：拟答复的意见即答复稿，审核答复的意见即答复）。其他任何人（包括系统管理员、"
        + "安全管理员、审计管理员和单位管理员）403 并记入审计日志。匿名来信不保存写信人，只在发送时返回一次答复码，凭答复码查看答复。")
class LeaderMailboxApiController {

    private static final String KIND = "leadermailbox.letter";

    private final LeaderMailboxService letters;
    private final LeaderMailboxStatistics statistics;
    private final LetterViews views;
    private final CurrentUsers currentUsers;
    private final RequestTransactions requests;

    LeaderMailboxApiController(LeaderMailboxService letters, LeaderMailboxStatistics statistics, LetterViews views,
                               CurrentUsers currentUsers, RequestTransactions requests) {
        this.letters = letters;
        this.statistics = statistics;
        this.views = views;
        this.currentUsers = currentUsers;
        this.requests = requests;
    }

    @GetMapping("/leaders")
    @Operation(summary = "可以写信的领导", description = "本单位的单位负责人和分管领导。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<LetterViews.PersonName> leaders() {
        return views.names(letters.leaders(currentUsers.current()).stream()
                .map(OrgDirectory.PersonRef::username).toList());
    }

    /** A letter sent: its id, and the reply code of an anonymous one (this once). */
    record SentLetter(long id, String replyCode) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "写信", description = "anonymous 为 true 时不保存写信人，replyCode 只在此返回一次，请妥善保存；匿名来信不认 "
            + "Idempotency-Key（否则账号与来信相关联）。实名来信带 Idempotency-Key 请求头时重发只发送一次。")
    @ApiResponse(responseCode = "201", description = "已发送")
    @ApiResponse(responseCode = "400", description = "输入有误")
    ResponseEntity<SentLetter> send(@RequestBody LeaderMailboxService.LetterForm form, @RequestKey String key) {
        CurrentUser user = currentUsers.current();
        if (form.anonymous()) {
            // no request key: a claimed key would tie the account to the letter it created
            LeaderMailboxService.Sent sent = requests.act(() -> { }, () -> letters.send(form, user));
            return ResponseEntity.status(HttpStatus.CREATED).body(new SentLetter(sent.id(), sent.replyCode()));
        }
        return requests.createOnce(KIND, key, () -> letters.send(form, user).id(),
                id -> ResponseEntity.status(HttpStatus.CREATED).body(new SentLetter(id, null)));
    }

    @GetMapping("/mine")
    @Operation(summary = "我的来信", description = "本人实名写的信及其答复状态。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<LetterViews.Row> mine() {
        return views.rows(letters.mine(currentUsers.current()), currentUsers.current());
    }

    @GetMapping("/inbox")
    @Operation(summary = "领导来信", description = "本人是领导或被领导指定为阅信人时，写给这些领导的信。")
    @ApiResponse(responseCode = "200", description = "成功")
    List<LetterViews.Row> inbox() {
        return views.rows(letters.inbox(currentUsers.current()), currentUsers.current());
    }

    @GetMapping("/{id}")
    @Operation(summary = "阅读来信", description = "领导、其阅信人、实名写信人和拟答复的承办人；其他人 403（记入审计日志）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    LetterViews.View open(@PathVariable long id) {
        CurrentUser user = currentUsers.current();
        return views.view(letters.readable(id, user), user);
    }

    /** An answer's text. */
    record AnswerText(String answer) {
    }

    @PostMapping(path = "/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "答复", description = "领导或其阅信人直接答复；答复通知实名写信人。")
    @ApiResponse(responseCode = "200", description = "已答复")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    LetterViews.View answer(@PathVariable long id, @RequestBody AnswerText request) {
        CurrentUser user = currentUsers.current();
        return requests.act(() -> letters.answer(id, request.answer(), user),
                () -> views.view(letters.readable(id, user), user));
    }

    /** The department to draft the answer. */
    record Forwarding(Long departmentId) {
    }

    @PostMapping(path = "/{id}/forward", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "转部门拟答复", description = "本单位的部门（科长，没有科长时该科室人员）拟答复，领导或其阅信人审核后答复。")
    @ApiResponse(responseCode = "200", description = "已转办")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    LetterViews.View forward(@PathVariable long id, @RequestBody Forwarding request) {
        CurrentUser user = currentUsers.current();
        return requests.act(() -> letters.forward(id, request.departmentId(), user),
                () -> views.view(letters.readable(id, user), user));
    }

    /** A reply code, as shown at sending. */
    record ReplyCode(String code) {
    }

    @PostMapping(path = "/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "凭答复码查看", description = "匿名来信的写信人凭发送时的答复码查看来信和答复；错误的答复码 404。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    LetterViews.CodeView reply(@RequestBody ReplyCode request) {
        return views.codeView(letters.byReplyCode(request.code()));
    }

    @GetMapping("/readers")
    @Operation(summary = "我的阅信人", description = "领导本人：指定的阅信人（如秘书）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<LetterViews.PersonName> readers() {
        return views.names(letters.myReaders(currentUsers.current()));
    }

    /** The people a leader names. */
    record Readers(List<String> usernames) {
    }

    @PutMapping(path = "/readers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "指定阅信人", description = "领导本人；本单位人员，最多 10 人。")
    @ApiResponse(responseCode = "200", description = "已保存")
    @ApiResponse(responseCode = "400", description = "输入有误")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    List<LetterViews.PersonName> nameReaders(@RequestBody Readers request) {
        CurrentUser user = currentUsers.current();
        return requests.act(() -> letters.nameReaders(request.usernames(), user),
                () -> views.names(letters.myReaders(user)));
    }

    @GetMapping("/statistics")
    @Operation(summary = "信箱统计", description = "本单位一年内按领导、月份的来信数、已答复、转办中、待答复和平均答复小时数，不含来信内容"
            + "（LEADER_MAILBOX_STATISTICS 或单位负责人）。")
    @ApiResponse(responseCode = "200", description = "成功")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    LeaderMailboxStatistics.Statistics statistics(@RequestParam(required = false) Integer year) {
        return statistics.of(year, currentUsers.current());
    }
}
