package org.zhengtong.leadermailbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengtong.leadermailbox.LetterAnswered;
import org.zhengtong.leadermailbox.LetterSent;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.platform.Positions;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.Workflow;

/**
 * The rules of 领导信箱. A staff member writes to a leader of his own unit (单位负责人 or 分管领导). The leader and the
 * people he names (his secretary …) read the letter and answer it, directly or by forwarding it to a department of
 * the unit, whose 科长 (or, without one, its people) drafts the answer on the engine ({@value #TEMPLATE}) and the
 * leader or a named person sends it. The writer reads his letters and their answers under 我的来信; an anonymous
 * writer is not stored anywhere — not in the letter, the audit log, an event or the idempotency keys — and reads the
 * answer with the reply code he was shown once. Nobody else opens a letter: administrators included, 403, audited.
 */
@Service
public class LeaderMailboxService {

    static final String TEMPLATE = "leader-mailbox-answer";
    static final String DRAFT = "draft";
    static final String APPROVE = "approve";
    static final String OBJECT = "leaderLetter";
    /** Who an anonymous letter's audit record names. */
    static final String ANONYMOUS_ACTOR = "anonymous";
    static final Set<String> LEADER_POSITIONS = Set.of(Positions.UNIT_HEAD, Positions.LEADER_IN_CHARGE);
    static final int MAX_READERS = 10;
    /** 160 random bits: 32 base-32 characters, shown in groups of four. */
    private static final int REPLY_CODE_BYTES = 20;

    private final LetterRepository letters;
    private final LetterReaderRepository readers;
    private final OrgDirectory directory;
    private final Workflow workflow;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LeaderMailboxService(LetterRepository letters, LetterReaderRepository readers, OrgDirectory directory,
                         Workflow workflow, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.letters = letters;
        this.readers = readers;
        this.directory = directory;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the writer of a letter to send gives. */
    public record LetterForm(String leader, String subject, String body, boolean anonymous) {
    }

    /** A letter sent: its id, and for an anonymous one the reply code, shown this once and stored nowhere. */
    public record Sent(long id, String replyCode) {
    }

    /** The leaders of the user's unit one may write to, in the unit's order. */
    @Transactional(readOnly = true)
    public List<PersonRef> leaders(CurrentUser user) {
        return user.unitId() == null ? List.of() : leadersOf(user.unitId());
    }

    private List<PersonRef> leadersOf(long unitId) {
        return directory.people(unitId).stream().filter(p -> LEADER_POSITIONS.contains(p.position())).toList();
    }

    /** 写信: to a leader of one's own unit, named or anonymous. */
    @Transactional
    public Sent send(LetterForm form, CurrentUser user) {
        String leaderName = form.leader() == null ? "" : form.leader().strip();
        PersonRef leader = leaders(user).stream().filter(p -> p.username().equals(leaderName)).findFirst()
                .orElseThrow(() -> new InvalidInputException("leadermailbox.validation.leader"));
        if (leader.username().equals(user.username())) {
            throw new InvalidInputException("leadermailbox.validation.self");
        }
        String subject = text(form.subject(), Letter.MAX_SUBJECT, "leadermailbox.validation.subject");
        String body = text(form.body(), Letter.MAX_BODY, "leadermailbox.validation.body");
        Instant now = clock.instant();
        Letter letter;
        String replyCode = null;
        if (form.anonymous()) {
            replyCode = newReplyCode();
            letter = letters.save(Letter.anonymous(user.unitId(), leader.username(), hash(replyCode), subject, body,
                    now));
            auditAnonymously(letter.getId(), leader.name());
        } else {
            letter = letters.save(Letter.named(user.unitId(), leader.username(), user.username(), subject, body,
                    now));
            audit.success("LEADERMAILBOX_SEND", OBJECT, letter.getId(), leader.name());
        }
        events.publishEvent(new LetterSent(letter.getId()));
        changed(letter);
        return new Sent(letter.getId(), replyCode);
    }

    /**
     * The sending of an anonymous letter in the audit log as {@value #ANONYMOUS_ACTOR}, without the address it came
     * from, once the letter is committed.
     */
    private void auditAnonymously(long id, String leaderName) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                audit.recordAs(ANONYMOUS_ACTOR, null, "LEADERMAILBOX_SEND", OBJECT, id, true, leaderName);
            }
        });
    }

    private String newReplyCode() {
        byte[] bytes = new byte[REPLY_CODE_BYTES];
        random.nextBytes(bytes);
        String code = new Base32().encodeAsString(bytes);
        return String.join("-", code.split("(?<=\\G.{4})"));
    }

    /** The hash a reply code is kept as; case, spaces and hyphens do not matter. */
    static String hash(String replyCode) {
        String normalised = replyCode.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z2-7]", "");
        return DigestUtils.sha256Hex(normalised.getBytes(StandardCharsets.US_ASCII));
    }

    /** The anonymous letter this reply code was shown for; 404 for any other code. */
    @Transactional(readOnly = true)
    public Letter byReplyCode(String replyCode) {
        if (replyCode == null || replyCode.isBlank() || replyCode.length() > 100) {
            throw new InvalidInputException("leadermailbox.validation.code");
        }
        return letters.findByReplyCodeHash(hash(replyCode)).filter(Letter::isAnonymous)
                .orElseThrow(UnknownReplyCode::new);
    }

    /** No letter has this reply code: 404, and nothing says whether it was ever close. */
    static class UnknownReplyCode extends BusinessRuleException {

        UnknownReplyCode() {
            super(HttpStatus.NOT_FOUND, "leadermailbox.error.code");
        }
    }

    private static String text(String value, int max, String messageKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new InvalidInputException(messageKey, max);
        }
        return text;
    }

    // ---- reading

    /** The letter, when the user may read it; otherwise 404 (no such letter) or 403, audited. */
    @Transactional(readOnly = true)
    public Letter readable(long id, CurrentUser user) {
        Letter letter = letters.findById(id).orElseThrow(() -> new NotFoundException(OBJECT, id));
        if (!canRead(letter, user)) {
            audit.failure("LEADERMAILBOX_OPEN", OBJECT, id, null);
            throw new AccessDeniedException("may not read the letter");
        }
        return letter;
    }

    /** The leader, the people he names, the writer, and those the forwarding made part of its answer. */
    boolean canRead(Letter letter, CurrentUser user) {
        return mayAnswer(letter, user) || wrote(letter, user) || letter.getProcessInstanceId() != null
                && workflow.participants(letter.getProcessInstanceId()).contains(user.username());
    }

    /** The leader and the people he named: they read, answer and forward his letters. */
    boolean mayAnswer(Letter letter, CurrentUser user) {
        return letter.getLeader().equals(user.username())
                || readers.existsById(new LetterReader.Key(letter.getLeader(), user.username()));
    }

    static boolean wrote(Letter letter, CurrentUser user) {
        return !letter.isAnonymous() && user.username().equals(letter.getWriter());
    }

    /** Whether the user sees who wrote it: the leader, his named people and the writer, not a drafting department. */
    boolean seesWriter(Letter letter, CurrentUser user) {
        return mayAnswer(letter, user) || wrote(letter, user);
    }

    /** 领导来信: the letters to the leaders the user reads for (himself, or the leaders who named him). */
    @Transactional(readOnly = true)
    public List<Letter> inbox(CurrentUser user) {
        Set<String> leaders = new LinkedHashSet<>(leadersNaming(user.username()));
        if (user.unitId() != null && leadersOf(user.unitId()).stream()
                .anyMatch(p -> p.username().equals(user.username()))) {
            leaders.add(user.username());
        }
        return leaders.isEmpty() ? List.of() : letters.findByLeaderInOrderBySentAtDesc(leaders);
    }

    /** 我的来信: the letters the user wrote under his name (anonymous ones are nowhere near him). */
    @Transactional(readOnly = true)
    public List<Letter> mine(CurrentUser user) {
        return letters.findByWriterOrderBySentAtDesc(user.username());
    }

    List<String> leadersNaming(String username) {
        return readers.findByKeyReader(username).stream().map(LetterReader::getLeader).toList();
    }

    /** The people the leader named. */
    List<String> readersOf(String leader) {
        return readers.findByKeyLeaderOrderByKeyReader(leader).stream().map(LetterReader::getReader).toList();
    }

    // ---- answering

    /** 答复: the leader or a named person answers a letter directly. */
    @Transactional
    public void answer(long id, String text, CurrentUser user) {
        Letter letter = answerable(id, user);
        if (letter.getStatus() == LetterStatus.FORWARDED) {
            throw new BusinessRuleException("leadermailbox.error.forwarded");
        }
        answered(letter, text(text, Letter.MAX_ANSWER, "leadermailbox.validation.answer"), user.username());
    }

    /** 转部门拟答复: a department of the unit drafts the answer; the leader or a named person then sends it. */
    @Transactional
    public void forward(long id, Long departmentId, CurrentUser user) {
        Letter letter = answerable(id, user);
        if (letter.getStatus() == LetterStatus.FORWARDED) {
            throw new BusinessRuleException("leadermailbox.error.forwarded");
        }
        OrgDirectory.DepartmentRef department = (departmentId == null ? Optional.<OrgDirectory.DepartmentRef>empty()
                : directory.department(departmentId)).filter(d -> d.unitId() == letter.getUnitId())
                .orElseThrow(() -> new InvalidInputException("leadermailbox.validation.department"));
        List<String> drafters = directory.departmentHead(department.id()).map(p -> List.of(p.username()))
                .orElseGet(() -> directory.people(letter.getUnitId()).stream()
                        .filter(p -> Long.valueOf(department.id()).equals(p.departmentId()))
                        .map(PersonRef::username).toList());
        if (drafters.isEmpty()) {
            throw new BusinessRuleException("leadermailbox.error.noDrafter", department.name());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("letterId", letter.getId());
        variables.put("drafters", String.join(",", drafters));
        variables.put("approvers", String.join(",", answerers(letter)));
        letter.forwarded(department.id(), workflow.start(TEMPLATE, letter.businessKey(), user.username(), variables));
        letters.saveAndFlush(letter);
        audit.success("LEADERMAILBOX_FORWARD", OBJECT, id, department.name());
        changed(letter);
    }

    /** The leader first, then the people he named. */
    List<String> answerers(Letter letter) {
        Set<String> answerers = new LinkedHashSet<>();
        answerers.add(letter.getLeader());
        answerers.addAll(readersOf(letter.getLeader()));
        return List.copyOf(answerers);
    }

    private Letter answerable(long id, CurrentUser user) {
        Letter letter = readable(id, user);
        if (!mayAnswer(letter, user)) {
            audit.failure("LEADERMAILBOX_ANSWER", OBJECT, id, null);
            throw new AccessDeniedException("neither the leader nor named by him");
        }
        if (letter.getStatus() == LetterStatus.ANSWERED) {
            throw new BusinessRuleException("leadermailbox.error.answered");
        }
        return letter;
    }

    /** 拟答复 sent on: the department's draft, which the leader's side then sends or edits. */
    @Transactional
    public void drafted(String businessKey, String draft) {
        Letter letter = byKey(businessKey);
        letter.drafted(text(draft, Letter.MAX_ANSWER, "leadermailbox.validation.draft"));
        audit.success("LEADERMAILBOX_DRAFT", OBJECT, letter.getId(), null);
    }

    /** 审核答复 sent on: the answer (the draft as the approver left it) goes to the writer. */
    @Transactional
    public void approved(String businessKey, String answer, String username) {
        Letter letter = byKey(businessKey);
        answered(letter, text(answer, Letter.MAX_ANSWER, "leadermailbox.validation.answer"), username);
    }

    /** The forwarding was ended (终止) before an answer: the letter is the leader's to answer again. */
    @Transactional
    public void forwardingEnded(String businessKey) {
        Letter letter = byKey(businessKey);
        if (letter.getStatus() == LetterStatus.FORWARDED) {
            letter.backToLeader();
            changed(letter);
        }
    }

    private void answered(Letter letter, String answer, String username) {
        letter.answer(answer, username, clock.instant());
        // two answering at once: the second flush finds the version moved on, a 409
        letters.saveAndFlush(letter);
        audit.success("LEADERMAILBOX_ANSWER", OBJECT, letter.getId(), null);
        events.publishEvent(new LetterAnswered(letter.getId()));
        changed(letter);
    }

    Letter byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, Letter.KEY_PREFIX).flatMap(letters::findById)
                .orElseThrow(() -> new NotFoundException(OBJECT, businessKey));
    }

    // ---- the leader's settings

    /** Whether the user is a leader of his unit, who receives letters. */
    public boolean isLeader(CurrentUser user) {
        return user.unitId() != null && leadersOf(user.unitId()).stream()
                .anyMatch(p -> p.username().equals(user.username()));
    }

    /** The people of the leader's unit he may name. */
    @Transactional(readOnly = true)
    public List<PersonRef> nameable(CurrentUser user) {
        requireLeader(user);
        return directory.people(user.unitId()).stream().filter(p -> !p.username().equals(user.username())).toList();
    }

    @Transactional(readOnly = true)
    public List<String> myReaders(CurrentUser user) {
        requireLeader(user);
        return readersOf(user.username());
    }

    /** 阅信人: the leader names who reads and answers his letters with him; people of his unit only. */
    @Transactional
    public void nameReaders(List<String> usernames, CurrentUser user) {
        requireLeader(user);
        List<String> chosen = usernames == null ? List.of()
                : usernames.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).distinct().toList();
        if (chosen.size() > MAX_READERS) {
            throw new InvalidInputException("leadermailbox.validation.readers", MAX_READERS);
        }
        for (String username : chosen) {
            if (username.equals(user.username()) || directory.person(username)
                    .filter(p -> p.unitId() == user.unitId()).isEmpty()) {
                throw new InvalidInputException("leadermailbox.validation.reader", username);
            }
        }
        readers.deleteByKeyLeader(user.username());
        readers.flush();
        chosen.forEach(u -> readers.save(new LetterReader(user.username(), u)));
        audit.success("LEADERMAILBOX_READERS", OBJECT + "Readers", user.username(),
                String.join(",", chosen.stream().map(directory::nameOf).toList()));
        // his letters' search entries name their readers
        letters.findByLeaderInOrderBySentAtDesc(List.of(user.username())).forEach(this::changed);
    }

    private void requireLeader(CurrentUser user) {
        if (!isLeader(user)) {
            throw new AccessDeniedException("not a leader of a unit");
        }
    }

    private void changed(Letter letter) {
        events.publishEvent(new IndexEntryChanged(LeaderMailboxIndex.KIND, letter.getId()));
    }
}
