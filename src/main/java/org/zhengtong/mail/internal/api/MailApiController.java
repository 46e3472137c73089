package org.zhengtong.mail.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.mail.internal.Box;
import org.zhengtong.mail.internal.Destination;
import org.zhengtong.mail.internal.MailAddress;
import org.zhengtong.mail.internal.MailAttachment;
import org.zhengtong.mail.internal.MailEntry;
import org.zhengtong.mail.internal.MailRecipient;
import org.zhengtong.mail.internal.MailService;
import org.zhengtong.mail.internal.MailService.Composition;
import org.zhengtong.mail.internal.MailService.Draft;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/** The mailbox for mobile clients and integrations, under the pages' rules: only the owner of an entry reaches it. */
@RestController
@RequestMapping(path = "/api/v1/mail", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "电子邮件", description = "本人的邮箱：按邮箱或文件夹分页列出、阅读（首次阅读即已读并回执给发件人）、发送、回复、转发、撤回未读、移动和删除。"
        + "编号（id）是本人邮箱中的一条邮件；他人的邮件对任何人（包括系统、安全、审计管理员）都是 403，并记入审计日志（MAIL_OPEN）。"
        + "地址写作 person:用户名、department:科室编号、unit:单位编号、myunit（本单位全体）或外部电子邮件地址。")
class MailApiController {

    private static final String SEND_KIND = "mail.send";

    private final MailService mail;
    private final RequestTransactions transactions;

    MailApiController(MailService mail, RequestTransactions transactions) {
        this.mail = mail;
        this.transactions = transactions;
    }

    record Summary(long id, Box box, Long folderId, String subject, String sender, String senderName,
                   Instant sentAt, boolean unread, boolean flagged) {

        static Summary of(MailEntry entry) {
            return new Summary(entry.getId(), entry.getBox(), entry.getFolderId(), entry.getMessage().getSubject(),
                    entry.getMessage().getSender(), entry.getMessage().getSenderName(), entry.getMessage().getSentAt(),
                    entry.isUnread(), entry.isFlagged());
        }
    }

    record SummaryPage(long total, int page, int size, List<Summary> items) {
    }

    record Address(String field, String address, String label) {
    }

    record Attachment(long id, String fileName, long size, String sha256) {
    }

    record Receipt(String field, String username, String email, String name, Instant readAt, Instant recalledAt) {
    }

    record MailDetail(Summary mail, String body, List<Address> addresses, List<Attachment> attachments,
                      @Schema(description = "阅读回执：只对发件人本人给出") List<Receipt> receipts) {
    }

    record SendRequest(@Schema(description = "主题，至多 200 字") String subject,
                       @Schema(description = "正文（HTML，保存前按安全白名单清理）") String body,
                       @Schema(example = "[\"person:czj.d1.clerk2\", \"department:3\"]") List<String> to,
                       List<String> cc, List<String> bcc) {
    }

    record ReplyRequest(@Schema(description = "回复的正文（HTML），原邮件引用在其后") String body,
                        @Schema(description = "回复全部（原收件人和抄送，不含密送）") boolean all) {
    }

    record MoveRequest(@Schema(description = "INBOX、TRASH，或 folder:文件夹编号", example = "folder:12") String to) {
    }

    record Created(long id) {
    }

    record RecallResult(List<String> recalled, List<String> alreadyRead) {
    }

    @GetMapping
    @Operation(summary = "列出邮件", description = "本人的一个邮箱（INBOX 收件箱、SENT 已发送、DRAFTS 草稿箱、TRASH 废件箱）"
            + "或本人的文件夹（folder），新的在前，每页 20 封。")
    @ApiResponse(responseCode = "200", description = "一页邮件")
    SummaryPage list(@RequestParam(defaultValue = "INBOX") Box box, @RequestParam(required = false) Long folder,
                     @RequestParam(defaultValue = "0") int page) {
        Page<MailEntry> entries = mail.list(folder != null ? Box.FOLDER : box, folder, page);
        return new SummaryPage(entries.getTotalElements(), entries.getNumber(), entries.getSize(),
                entries.getContent().stream().map(Summary::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "阅读邮件", description = "首次阅读即标为已读，发件人可在回执中看到。密送只给发件人本人看。")
    @ApiResponse(responseCode = "200", description = "邮件")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    MailDetail read(@Parameter(description = "本人邮箱中的邮件编号") @PathVariable long id) {
        return detail(mail.read(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发送邮件", description = "地址在发送时展开为人员；一个也送不到时 400，什么也不保存。发往外部地址需配置邮件服务器。"
            + "带 Idempotency-Key 请求头时，同一账号以同一编号重发不再发送，而返回第一次发出的邮件。")
    @ApiResponse(responseCode = "201", description = "已发送；id 为本人“已发送”中的这封邮件")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Created> send(@RequestBody SendRequest request, @RequestKey String key) {
        return created(key, () -> mail.send(null, new Composition(request.subject(), request.body(), request.to(),
                request.cc(), request.bcc(), List.of(), null)));
    }

    @PostMapping(path = "/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "回复", description = "回复发件人，或回复全部；主题加“回复：”，原邮件引用在正文之后。可带 Idempotency-Key。")
    @ApiResponse(responseCode = "201", description = "已发送")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Created> reply(@PathVariable long id, @RequestBody ReplyRequest request, @RequestKey String key) {
        return created(key, () -> {
            Draft reply = mail.reply(id, request.all());
            return mail.send(null, new Composition(reply.subject(), text(request.body()) + reply.body(), reply.to(),
                    reply.cc(), List.of(), List.of(), null));
        });
    }

    @PostMapping(path = "/{id}/forward", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "转发", description = "连同附件转发给所给的地址；主题加“转发：”，原邮件引用在正文之后。可带 Idempotency-Key。")
    @ApiResponse(responseCode = "201", description = "已发送")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Created> forward(@PathVariable long id, @RequestBody SendRequest request, @RequestKey String key) {
        return created(key, () -> {
            Draft forward = mail.forward(id);
            return mail.send(null, new Composition(forward.subject(), text(request.body()) + forward.body(),
                    request.to(), request.cc(), request.bcc(), List.of(), id));
        });
    }

    @PostMapping("/{id}/recall")
    @Operation(summary = "撤回", description = "从尚未阅读的收件人邮箱中撤回本人发出的邮件；已读的收件人仍保留。返回两者的姓名。")
    @ApiResponse(responseCode = "200", description = "撤回结果")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    RecallResult recall(@PathVariable long id) {
        MailService.Recall recall = mail.recall(id);
        return new RecallResult(recall.recalled(), recall.alreadyRead());
    }

    @PostMapping(path = "/{id}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "移动", description = "移入收件箱、废件箱或本人的文件夹。")
    @ApiResponse(responseCode = "204", description = "已移动")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Void> move(@PathVariable long id, @RequestBody MoveRequest request) {
        mail.move(id, Destination.parse(request.to()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除", description = "移入废件箱；已在废件箱中的彻底删除。")
    @ApiResponse(responseCode = "204", description = "已删除")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Void> delete(@PathVariable long id) {
        mail.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{id}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    @Operation(summary = "下载附件", description = "类型由服务器根据内容判定，一律作为下载。")
    @ApiResponse(responseCode = "200", description = "文件")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        MailService.AttachmentFile file = mail.attachment(id, attachmentId);
        return Downloads.attachment(file.fileName(), file.size(), file.content());
    }

    private ResponseEntity<Created> created(String key, LongSupplier send) {
        return transactions.createOnce(SEND_KIND, key, send, id -> ResponseEntity.created(
                ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/mail/{id}").buildAndExpand(id)
                        .toUri()).body(new Created(id)));
    }

    private static String text(String body) {
        return body == null ? "" : body;
    }

    private static MailDetail detail(MailService.MailView view) {
        return new MailDetail(Summary.of(view.entry()), view.message().getBody(),
                view.addresses().stream().map(MailApiController::address).toList(),
                view.attachments().stream().map(MailApiController::attachment).toList(),
                view.receipts().stream().map(MailApiController::receipt).toList());
    }

    private static Address address(MailAddress a) {
        return new Address(a.getField().name(), a.getAddress(), a.getLabel());
    }

    private static Attachment attachment(MailAttachment a) {
        return new Attachment(a.getId(), a.getFileName(), a.getSizeBytes(), a.getSha256());
    }

    private static Receipt receipt(MailRecipient r) {
        return new Receipt(r.getField().name(), r.getUsername(), r.getEmail(), r.getName(), r.getReadAt(),
                r.getRecalledAt());
    }
}
