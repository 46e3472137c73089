package org.zhengtong.messages.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.messages.internal.ConversationAccess.Opened;
import org.zhengtong.notification.PagePush;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.LikePatterns;
import org.zhengtong.platform.OrgDirectory;

/**
 * The rules of 在线联络. Every method that takes a conversation id opens it through {@link ConversationAccess}: only
 * a participant gets further. A message is saved, its conversation moves to the top, the sender's read mark passes it,
 * and after the commit it is pushed to the open pages of the others; those without one have it marked for the
 * announcement at their next login ({@link OfflineDelivery}).
 */
@Service
@Transactional
public class MessageService {

    public static final int LIST_PAGE_SIZE = 20;
    public static final int SEARCH_PAGE_SIZE = 20;
    public static final int MAX_SEARCH = 100;
    /** The name of the event pushed to the participants' open pages ({@code zt:chat} in the browser). */
    static final String PUSH_EVENT = "chat";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A participant as the pages show her: by name, with her presence. */
    public record Member(String username, String name, PresenceStatus presence) {
    }

    /** A conversation in her list: its title for her, the others, her unread count, the latest message. */
    public record Row(Conversation conversation, String title, List<Member> others, long unread, Line last) {
    }

    /**
     * A message as shown: the text in runs ({@link MessageText}), whether she wrote it, and for her own how many of the
     * others have read it.
     */
    public record Line(long id, long conversationId, String sender, String senderName, Instant sentAt,
                       String sentAtText, String body, List<MessageText.Segment> segments, boolean own, int readBy) {
    }

    /**
     * A conversation opened: its members, whether she may add people (the group's creator), a page of messages
     * oldest first, and the id to ask for the page before it ({@code null}: there is none).
     */
    public record ConversationView(Conversation conversation, String title, List<Member> members, boolean mayAdd,
                                   List<Line> lines, Long olderBefore) {
    }

    /** A search hit: the message in its conversation. */
    public record Hit(long conversationId, String conversationTitle, Line line) {
    }

    /** What her open pages receive for a new message. */
    public record Pushed(long conversationId, String conversationTitle, long id, String sender, String senderName,
                         String sentAt, List<MessageText.Segment> segments) {
    }

    private final ConversationRepository conversations;
    private final ParticipantRepository participants;
    private final ChatMessageRepository messages;
    private final ConversationAccess access;
    private final PresenceBoard presence;
    private final PagePush push;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final MessagesProperties properties;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    MessageService(ConversationRepository conversations, ParticipantRepository participants,
                   ChatMessageRepository messages, ConversationAccess access, PresenceBoard presence, PagePush push,
                   OrgDirectory directory, CurrentUsers currentUsers, AuditLog audit, MessagesProperties properties,
                   PlatformTransactionManager transactionManager, Clock clock) {
        this.conversations = conversations;
        this.participants = participants;
        this.messages = messages;
        this.access = access;
        this.presence = presence;
        this.push = push;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.properties = properties;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // ---- starting ---------------------------------------------------------------------------------------------

    /**
     * A conversation with the chosen people: with one, the pair's conversation (found again if they have one); with
     * more, a new group titled {@code title} (or by their names). Refused when nobody, too many or someone who is not
     * a person of the organization is chosen.
     */
    public long start(Collection<String> chosen, String title) {
        CurrentUser me = person();
        Set<String> others = new LinkedHashSet<>();
        if (chosen != null) {
            chosen.stream().filter(u -> u != null && !u.isBlank()).map(String::strip)
                    .filter(u -> !u.equals(me.username())).forEach(others::add);
        }
        if (others.isEmpty()) {
            throw MessageRefused.invalid("messages.error.nobody");
        }
        if (others.size() + 1 > properties.maxGroupSize()) {
            throw MessageRefused.invalid("messages.error.groupTooLarge", properties.maxGroupSize());
        }
        others.forEach(this::requirePerson);
        if (others.size() == 1) {
            return pair(me.username(), others.iterator().next());
        }
        String groupTitle = title == null ? "" : title.strip();
        if (groupTitle.isEmpty()) {
            List<String> names = new ArrayList<>();
            names.add(me.displayName());
            others.forEach(u -> names.add(directory.nameOf(u)));
            groupTitle = String.join("、", names);
        }
        if (groupTitle.length() > Conversation.MAX_TITLE) {
            if (title != null && !title.isBlank()) {
                throw MessageRefused.invalid("messages.error.titleTooLong", Conversation.MAX_TITLE);
            }
            groupTitle = groupTitle.substring(0, Conversation.MAX_TITLE - 1) + "…";
        }
        Instant now = clock.instant();
        Conversation group = conversations.save(Conversation.group(groupTitle, me.username(), now));
        participants.save(new Participant(group.getId(), me.username(), now, 0));
        others.forEach(u -> participants.save(new Participant(group.getId(), u, now, 0)));
        audit.success("MESSAGES_START", "conversation", group.getId(), "group members=" + others);
        return group.getId();
    }

    /**
     * The pair's one conversation: found, or made in a transaction of its own. Two requests making it at once meet at
     * the pair key's unique index; the one that loses finds the other's.
     */
    private long pair(String me, String other) {
        String key = Conversation.pairKey(me, other);
        for (int attempt = 0; ; attempt++) {
            var existing = conversations.findByPairKey(key);
            if (existing.isPresent()) {
                return existing.get().getId();
            }
            try {
                Long id = newTransaction.execute(tx -> {
                    Instant now = clock.instant();
                    Conversation made = conversations.saveAndFlush(Conversation.pair(me, other, me, now));
                    participants.save(new Participant(made.getId(), me, now, 0));
                    participants.saveAndFlush(new Participant(made.getId(), other, now, 0));
                    audit.success("MESSAGES_START", "conversation", made.getId(), "pair " + me + " " + other);
                    return made.getId();
                });
                return id;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
                if (attempt >= 2) {
                    throw taken;
                }
                // the other request's conversation: found on the next round
            }
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** Her conversations, the latest first, with unread counts and the others' presence. */
    @Transactional(readOnly = true)
    public Page<Row> conversations(int page) {
        CurrentUser me = currentUsers.current();
        Page<Conversation> shown = conversations.of(me.username(), PageRequest.of(Math.max(page, 0), LIST_PAGE_SIZE));
        List<Long> ids = shown.getContent().stream().map(Conversation::getId).toList();
        Map<Long, List<Participant>> members = ids.isEmpty() ? Map.of()
                : participants.activeIn(ids).stream().collect(Collectors.groupingBy(Participant::getConversationId));
        Map<Long, Long> unread = unreadByConversation(me.username());
        Set<String> everyone = members.values().stream().flatMap(List::stream).map(Participant::getUsername)
                .collect(Collectors.toSet());
        Map<String, PresenceStatus> statuses = presence.of(everyone);
        return shown.map(c -> {
            List<Participant> in = members.getOrDefault(c.getId(), List.of());
            Participant mine = in.stream().filter(p -> p.getUsername().equals(me.username())).findFirst()
                    .orElseThrow();
            List<Member> others = in.stream().filter(p -> !p.getUsername().equals(me.username()))
                    .map(p -> member(p.getUsername(), statuses)).toList();
            Line last = messages.latest(c.getId(), mine.getVisibleAfterId(), Long.MAX_VALUE, PageRequest.of(0, 1))
                    .stream().findFirst().map(m -> line(m, me.username(), List.of())).orElse(null);
            return new Row(c, title(c, others), others, unread.getOrDefault(c.getId(), 0L), last);
        });
    }

    /**
     * A page of the conversation: the latest messages, or those before {@code before}. The latest page marks
     * everything in it read.
     */
    public ConversationView open(long conversationId, Long before) {
        Opened opened = access.own(conversationId);
        String me = opened.user().username();
        int size = properties.pageSize();
        List<ChatMessage> page = new ArrayList<>(messages.latest(conversationId,
                opened.participant().getVisibleAfterId(), before == null ? Long.MAX_VALUE : before,
                PageRequest.of(0, size + 1)));
        Long olderBefore = null;
        if (page.size() > size) {
            page = new ArrayList<>(page.subList(0, size));
            olderBefore = page.get(size - 1).getId();
        }
        if (before == null && !page.isEmpty()) {
            participants.readUpTo(conversationId, me, page.get(0).getId());
        }
        java.util.Collections.reverse(page);
        List<Participant> in = participants.activeIn(List.of(conversationId));
        Map<String, PresenceStatus> statuses = presence.of(in.stream().map(Participant::getUsername).toList());
        List<Member> members = in.stream().map(p -> member(p.getUsername(), statuses)).toList();
        List<Participant> others = in.stream().filter(p -> !p.getUsername().equals(me)).toList();
        List<Line> lines = page.stream().map(m -> line(m, me, others)).toList();
        Conversation conversation = opened.conversation();
        return new ConversationView(conversation, title(conversation,
                members.stream().filter(m -> !m.username().equals(me)).toList()), members,
                conversation.isGroup() && conversation.getCreator().equals(me), lines, olderBefore);
    }

    /** One message of the conversation as she sees it (the API's answer to sending). */
    @Transactional(readOnly = true)
    public Line message(long conversationId, long messageId) {
        Opened opened = access.own(conversationId);
        String me = opened.user().username();
        ChatMessage message = messages.findById(messageId)
                .filter(m -> m.getConversationId() == conversationId
                        && m.getId() > opened.participant().getVisibleAfterId())
                .orElseThrow(() -> access.refused(conversationId, opened.user()));
        return line(message, me, participants.activeIn(List.of(conversationId)).stream()
                .filter(p -> !p.getUsername().equals(me)).toList());
    }

    /** Marks her messages of the conversation read up to this one (a message that came to her open page). */
    public void markRead(long conversationId, long upTo) {
        Opened opened = access.own(conversationId);
        long last = messages.lastId(conversationId);
        participants.readUpTo(conversationId, opened.user().username(), Math.min(upTo, last));
    }

    /** How many messages of others she has not read, in all her conversations. */
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return messages.unread(username);
    }

    /**
     * Her history containing the text, in the conversations she is in (what she could see there), newest first. A
     * LIKE over her own conversations rather than a {@code search.Searchable}: who may read a message changes with
     * every leaving and adding, which the shared index would have to follow by re-indexing whole conversations, and
     * short messages gain little from Chinese word splitting. The query starts from her participant rows.
     */
    @Transactional(readOnly = true)
    public Page<Hit> search(String text, int page) {
        String pattern = LikePatterns.containingIgnoreCase(text);
        if (pattern == null) {
            return Page.empty();
        }
        if (text.strip().length() > MAX_SEARCH) {
            throw MessageRefused.invalid("messages.error.searchTooLong", MAX_SEARCH);
        }
        String me = currentUsers.current().username();
        Page<ChatMessage> found = messages.search(me, pattern, PageRequest.of(Math.max(page, 0), SEARCH_PAGE_SIZE));
        Map<Long, String> titles = new HashMap<>();
        return found.map(m -> new Hit(m.getConversationId(), titles.computeIfAbsent(m.getConversationId(), id -> {
            Conversation c = conversations.findById(id).orElseThrow();
            return c.isGroup() ? c.getTitle() : title(c, participants.activeIn(List.of(id)).stream()
                    .filter(p -> !p.getUsername().equals(me)).map(p -> new Member(p.getUsername(),
                            directory.nameOf(p.getUsername()), PresenceStatus.OFFLINE)).toList());
        }), line(m, me, List.of())));
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    /**
     * Sends the text to the conversation: its id. Refused, with nothing saved, when it is empty or longer than
     * {@code zhengtong.messages.max-length}.
     */
    public long send(long conversationId, String text) {
        Opened opened = access.own(conversationId);
        String body = MessageText.normalized(text);
        if (body.isEmpty()) {
            throw MessageRefused.invalid("messages.error.empty");
        }
        if (body.length() > properties.maxLength()) {
            throw MessageRefused.tooLong("messages.error.tooLong", properties.maxLength(), body.length());
        }
        String me = opened.user().username();
        Instant now = clock.instant();
        ChatMessage message = messages.saveAndFlush(new ChatMessage(conversationId, me, body, now));
        conversations.messageAt(conversationId, now);
        participants.readUpTo(conversationId, me, message.getId());
        List<String> others = participants.activeIn(List.of(conversationId)).stream().map(Participant::getUsername)
                .filter(u -> !u.equals(me)).toList();
        List<String> away = new ArrayList<>();
        Conversation conversation = opened.conversation();
        String senderName = directory.nameOf(me);
        Pushed pushed = new Pushed(conversationId, conversation.isGroup() ? conversation.getTitle() : senderName,
                message.getId(), me, senderName, TIME.format(now.atZone(clock.getZone())),
                MessageText.segments(body));
        for (String other : others) {
            if (push.hasOpenPage(other)) {
                push.pushAfterCommit(other, PUSH_EVENT, pushed);
            } else {
                away.add(other);
            }
        }
        if (!away.isEmpty()) {
            participants.undeliveredFrom(conversationId, away, message.getId());
        }
        // who wrote to whom, never what
        audit.success("MESSAGES_SEND", "conversation", conversationId, "message=" + message.getId() + " from=" + me
                + " to=" + others);
        return message.getId();
    }

    /** The group's creator adds people; someone who had left comes back and sees what is written from now on. */
    public void addMembers(long conversationId, Collection<String> chosen) {
        Opened opened = access.own(conversationId);
        Conversation conversation = opened.conversation();
        if (!conversation.isGroup()) {
            throw new BusinessRuleException("messages.error.notAGroup");
        }
        if (!conversation.getCreator().equals(opened.user().username())) {
            throw new BusinessRuleException("messages.error.notCreator");
        }
        Set<String> added = new LinkedHashSet<>();
        if (chosen != null) {
            chosen.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).forEach(added::add);
        }
        List<Participant> all = participants.findByConversationIdOrderByIdAsc(conversationId);
        Set<String> active = all.stream().filter(Participant::isActive).map(Participant::getUsername)
                .collect(Collectors.toSet());
        added.removeAll(active);
        if (added.isEmpty()) {
            throw MessageRefused.invalid("messages.error.nobody");
        }
        if (active.size() + added.size() > properties.maxGroupSize()) {
            throw MessageRefused.invalid("messages.error.groupTooLarge", properties.maxGroupSize());
        }
        added.forEach(this::requirePerson);
        Instant now = clock.instant();
        long last = messages.lastId(conversationId);
        for (String username : added) {
            all.stream().filter(p -> p.getUsername().equals(username)).findFirst().ifPresentOrElse(
                    p -> p.rejoin(now, last), () -> participants.save(new Participant(conversationId, username, now,
                            last)));
        }
        audit.success("MESSAGES_MEMBERS", "conversation", conversationId, "added=" + added);
    }

    /** She leaves the group: it is no longer hers. A conversation of two cannot be left. */
    public void leave(long conversationId) {
        Opened opened = access.own(conversationId);
        if (!opened.conversation().isGroup()) {
            throw new BusinessRuleException("messages.error.notAGroup");
        }
        opened.participant().leave(clock.instant());
        audit.success("MESSAGES_MEMBERS", "conversation", conversationId, "left=" + opened.user().username());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A person she may choose: the username and the name with unit and department. */
    public record Choice(String username, String label) {
    }

    /** The people of the organization she may start a conversation with: everyone but herself. */
    @Transactional(readOnly = true)
    public List<Choice> choices() {
        String me = currentUsers.current().username();
        Map<Long, String> units = new HashMap<>();
        Map<Long, String> departments = new HashMap<>();
        for (OrgDirectory.UnitRef unit : directory.units()) {
            units.put(unit.id(), unit.displayName());
            directory.departments(unit.id()).forEach(d -> departments.put(d.id(), d.name()));
        }
        return directory.everyone().stream().filter(p -> !p.username().equals(me)).map(p -> new Choice(p.username(),
                p.name() + "（" + units.getOrDefault(p.unitId(), "") + (p.departmentId() == null ? ""
                        : " · " + departments.getOrDefault(p.departmentId(), "")) + "）")).toList();
    }

    private CurrentUser person() {
        CurrentUser me = currentUsers.current();
        if (me.personId() == null) {
            throw new BusinessRuleException("messages.error.notAPerson");
        }
        return me;
    }

    private void requirePerson(String username) {
        if (directory.person(username).isEmpty()) {
            throw MessageRefused.invalid("messages.error.unknownPerson");
        }
    }

    private Map<Long, Long> unreadByConversation(String username) {
        Map<Long, Long> unread = new HashMap<>();
        for (Object[] row : messages.unreadByConversation(username)) {
            unread.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return unread;
    }

    private Member member(String username, Map<String, PresenceStatus> statuses) {
        return new Member(username, directory.nameOf(username), statuses.getOrDefault(username,
                PresenceStatus.OFFLINE));
    }

    private static String title(Conversation conversation, List<Member> others) {
        if (conversation.isGroup()) {
            return conversation.getTitle();
        }
        return others.isEmpty() ? "" : others.get(0).name();
    }

    private Line line(ChatMessage m, String me, List<Participant> others) {
        boolean own = m.getSender().equals(me);
        int readBy = own ? (int) others.stream().filter(p -> p.getLastReadId() >= m.getId()).count() : 0;
        return new Line(m.getId(), m.getConversationId(), m.getSender(), directory.nameOf(m.getSender()),
                m.getSentAt(), TIME.format(m.getSentAt().atZone(clock.getZone())), m.getBody(),
                MessageText.segments(m.getBody()), own, readBy);
    }
}
