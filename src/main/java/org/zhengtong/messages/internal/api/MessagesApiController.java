package org.zhengtong.messages.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhengtong.messages.internal.MessageService;
import org.zhengtong.messages.internal.MessageService.Line;
import org.zhengtong.messages.internal.MessageService.Member;
import org.zhengtong.messages.internal.MessageText;
import org.zhengtong.messages.internal.PresenceBoard;
import org.zhengtong.messages.internal.PresenceStatus;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/** 在线联络 for mobile clients and integrations, under the pages' rules: only a participant reaches a conversation. */
@RestController
@RequestMapping(path = "/api/v1/messages", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "在线联络", description = "本人的即时消息会话：两人会话（每两人一个，再次发起即找回）和群组会话（2 至 50 人），"
        + "未读数、已读标记、在线状态（ONLINE 在线、AWAY 离开、OUT 外出、OFFLINE 离线）和本人历史消息检索。"
        + "编号（id）是本人参与的会话；他人的会话对任何人（包括系统、安全、审计管理员）都是 403，并记入审计日志（MESSAGES_OPEN）。"
        + "消息是纯文本，页面按文本显示，只把 http(s) 地址显示为链接。")
class MessagesApiController {

    private static final String START_KIND = "messages.start";
    private static final String SEND_KIND = "messages.send";

    private final MessageService messages;
    private final PresenceBoard presence;
    private final CurrentUsers currentUsers;
    private final RequestTransactions transactions;

    MessagesApiController(MessageService messages, PresenceBoard presence, CurrentUsers currentUsers,
                          RequestTransactions transactions) {
        this.messages = messages;
        this.presence = presence;
        this.currentUsers = currentUsers;
        this.transactions = transactions;
    }

    record ChatMember(String username, String name, PresenceStatus presence) {

        static ChatMember of(Member member) {
            return new ChatMember(member.username(), member.name(), member.presence());
        }
    }

    record ChatMessageItem(long id, long conversationId, String sender, String senderName, Instant sentAt,
                           @Schema(description = "发送时间，按本系统时区（默认北京时间）", example = "2026-12-05 09:30")
                           String sentAtText,
                           @Schema(description = "纯文本，显示时不得作为 HTML 解释") String text,
                           @Schema(description = "按文本和 http(s) 链接切分的正文") List<MessageText.Segment> segments,
                           @Schema(description = "本人发出的") boolean own,
                           @Schema(description = "本人发出的消息已被几位其他成员读过") int readBy) {

        static ChatMessageItem of(Line line) {
            return new ChatMessageItem(line.id(), line.conversationId(), line.sender(), line.senderName(),
                    line.sentAt(), line.sentAtText(), line.body(), line.segments(), line.own(), line.readBy());
        }
    }

    record ConversationSummary(long id, String kind, String title, List<ChatMember> others, long unread,
                               ChatMessageItem last) {
    }

    record ConversationPage(long total, int page, int size, List<ConversationSummary> items) {
    }

    record ConversationDetail(long id, String kind, String title, String creator, List<ChatMember> members,
                              List<ChatMessageItem> messages,
                              @Schema(description = "更早的一页：以此为 before 再取；null 表示没有更早的") Long olderBefore) {
    }

    record StartRequest(@Schema(description = "对方的用户名；一位即两人会话，多位即群组", example = "[\"czj.d1.clerk2\"]")
                        List<String> people,
                        @Schema(description = "群组名称，至多 100 字；不填则以成员姓名为名") String title) {
    }

    record SendRequest(@Schema(description = "消息正文（纯文本），默认至多 2000 字") String text) {
    }

    record ReadRequest(@Schema(description = "读到的消息编号") long upTo) {
    }

    record MembersRequest(List<String> people) {
    }

    record ConversationCreated(long id) {
    }

    record UnreadCount(long count) {
    }

    record SearchHit(long conversationId, String conversationTitle, ChatMessageItem message) {
    }

    record SearchPage(long total, int page, int size, List<SearchHit> items) {
    }

    @GetMapping("/conversations")
    @Operation(summary = "列出会话", description = "本人参与的会话，最新消息在前，每页 20 个，含本人未读数和其他成员的在线状态。")
    @ApiResponse(responseCode = "200", description = "一页会话")
    ConversationPage conversations(@RequestParam(defaultValue = "0") int page) {
        Page<MessageService.Row> rows = messages.conversations(page);
        return new ConversationPage(rows.getTotalElements(), rows.getNumber(), rows.getSize(), rows.getContent()
                .stream().map(r -> new ConversationSummary(r.conversation().getId(), r.conversation().getKind().name(),
                        r.title(), r.others().stream().map(ChatMember::of).toList(), r.unread(),
                        r.last() == null ? null : ChatMessageItem.of(r.last()))).toList());
    }

    @PostMapping(path = "/conversations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发起会话", description = "与一位同事：两人会话（已有则返回原会话）；与多位：新的群组（本人为创建者）。"
            + "可带 Idempotency-Key 请求头：同一编号重发返回第一次的会话。")
    @ApiResponse(responseCode = "201", description = "会话")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<ConversationCreated> start(@RequestBody StartRequest request, @RequestKey String key) {
        return transactions.createOnce(START_KIND, key, () -> messages.start(request.people(), request.title()),
                id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/messages/conversations/{id}").buildAndExpand(id).toUri())
                        .body(new ConversationCreated(id)));
    }

    @GetMapping("/conversations/{id}")
    @Operation(summary = "打开会话", description = "最新的一页消息（旧的在前），或 before 之前的一页；取最新一页即把其中的消息标为已读。")
    @ApiResponse(responseCode = "200", description = "会话及消息")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    ConversationDetail open(@Parameter(description = "本人参与的会话编号") @PathVariable long id,
                            @RequestParam(required = false) Long before) {
        return transactions.act(() -> { }, () -> detail(messages.open(id, before)));
    }

    @PostMapping(path = "/conversations/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发送消息", description = "纯文本，默认至多 2000 字（zhengtong.messages.max-length）；超长 413、空白 400，"
            + "都不保存任何内容。在线的成员即时收到，离线的成员在下次登录时收到提醒。可带 Idempotency-Key。")
    @ApiResponse(responseCode = "201", description = "已发送的消息")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "413", description = "消息过长")
    ResponseEntity<ChatMessageItem> send(@PathVariable long id, @RequestBody SendRequest request,
                                         @RequestKey String key) {
        return transactions.createOnce(SEND_KIND, key, () -> messages.send(id, request.text()),
                messageId -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/messages/conversations/{id}").buildAndExpand(id).toUri())
                        .body(sent(id, messageId)));
    }

    @PostMapping(path = "/conversations/{id}/read", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "标为已读", description = "把本人在该会话中到 upTo 为止的消息标为已读（已读标记只前进）。")
    @ApiResponse(responseCode = "200", description = "本人的未读总数")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    UnreadCount read(@PathVariable long id, @RequestBody ReadRequest request) {
        return transactions.act(() -> messages.markRead(id, request.upTo()),
                () -> new UnreadCount(messages.unreadCount(currentUsers.current().username())));
    }

    @PostMapping(path = "/conversations/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "添加成员", description = "只有群组的创建者可以添加；新成员看到此后的消息。群组至多 50 人。")
    @ApiResponse(responseCode = "204", description = "已添加")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Void> add(@PathVariable long id, @RequestBody MembersRequest request) {
        messages.addMembers(id, request.people());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/leave")
    @Operation(summary = "退出群组", description = "退出后该会话不再属于本人。两人会话不能退出。")
    @ApiResponse(responseCode = "204", description = "已退出")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "409", ref = "Conflict")
    ResponseEntity<Void> leave(@PathVariable long id) {
        messages.leave(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/search")
    @Operation(summary = "检索历史消息", description = "在本人参与的会话中（本人可见的消息）按文字检索，新的在前，每页 20 条。")
    @ApiResponse(responseCode = "200", description = "一页结果")
    @ApiResponse(responseCode = "400", ref = "BadRequest")
    SearchPage search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page) {
        Page<MessageService.Hit> hits = messages.search(q, page);
        return new SearchPage(hits.getTotalElements(), hits.getNumber(), hits.getSize(), hits.getContent().stream()
                .map(h -> new SearchHit(h.conversationId(), h.conversationTitle(), ChatMessageItem.of(h.line())))
                .toList());
    }

    @GetMapping("/unread")
    @Operation(summary = "未读消息数", description = "本人所有会话中他人发来而本人未读的消息数。")
    @ApiResponse(responseCode = "200", description = "未读数")
    UnreadCount unread() {
        return new UnreadCount(messages.unreadCount(currentUsers.current().username()));
    }

    @GetMapping("/presence")
    @Operation(summary = "在线状态", description = "所给用户的在线状态：ONLINE 近几分钟有操作，OUT 已作外出登记，"
            + "AWAY 页面开着但已有一段时间没有操作，OFFLINE 其他。")
    @ApiResponse(responseCode = "200", description = "用户名到状态")
    Map<String, PresenceStatus> presence(@RequestParam(name = "username") List<String> usernames) {
        return presence.of(usernames.stream().distinct().limit(MessageService.LIST_PAGE_SIZE * 5L).toList());
    }

    private ChatMessageItem sent(long conversationId, long messageId) {
        return ChatMessageItem.of(messages.message(conversationId, messageId));
    }

    private static ConversationDetail detail(MessageService.ConversationView view) {
        return new ConversationDetail(view.conversation().getId(), view.conversation().getKind().name(), view.title(),
                view.conversation().getCreator(), view.members().stream().map(ChatMember::of).toList(),
                view.lines().stream().map(ChatMessageItem::of).toList(), view.olderBefore());
    }
}
