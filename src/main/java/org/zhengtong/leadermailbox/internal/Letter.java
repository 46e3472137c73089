package org.zhengtong.leadermailbox.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A letter to a leader: plain text, shown escaped. An anonymous letter has no writer; the SHA-256 of its reply code is
 * all that lets its writer come back for the answer.
 */
@Entity
@Table(name = "lm_letter")
public class Letter {

    static final String KEY_PREFIX = "leadermailbox:";
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 5000;
    /** As long as a task's opinion, which carries the draft and the answer through the process. */
    static final int MAX_ANSWER = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    @Size(max = 40)
    private String leader;

    @Size(max = 40)
    private String writer;

    private boolean anonymous;

    @Size(max = 64)
    private String replyCodeHash;

    @Size(max = MAX_SUBJECT)
    private String subject;

    @Size(max = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    private LetterStatus status = LetterStatus.RECEIVED;

    private Instant sentAt;

    private Long forwardedDepartmentId;

    @Size(max = MAX_ANSWER)
    private String draft;

    @Size(max = MAX_ANSWER)
    private String answer;

    @Size(max = 40)
    private String answeredBy;

    private Instant answeredAt;

    @Size(max = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Letter() {
    }

    /** A letter naming its writer. */
    static Letter named(long unitId, String leader, String writer, String subject, String body, Instant sentAt) {
        Letter letter = new Letter(unitId, leader, subject, body, sentAt);
        letter.writer = writer;
        return letter;
    }

    /** An anonymous letter: no writer, only the hash of the reply code its writer was shown. */
    static Letter anonymous(long unitId, String leader, String replyCodeHash, String subject, String body,
                            Instant sentAt) {
        Letter letter = new Letter(unitId, leader, subject, body, sentAt);
        letter.anonymous = true;
        letter.replyCodeHash = replyCodeHash;
        return letter;
    }

    private Letter(long unitId, String leader, String subject, String body, Instant sentAt) {
        this.unitId = unitId;
        this.leader = leader;
        this.subject = subject;
        this.body = body;
        this.sentAt = sentAt;
    }

    void forwarded(long departmentId, String processInstanceId) {
        status = LetterStatus.FORWARDED;
        forwardedDepartmentId = departmentId;
        this.processInstanceId = processInstanceId;
    }

    void drafted(String draft) {
        this.draft = draft;
    }

    void answer(String answer, String by, Instant at) {
        status = LetterStatus.ANSWERED;
        this.answer = answer;
        answeredBy = by;
        answeredAt = at;
    }

    /** The forwarding was ended without an answer (终止): the letter waits for one again. */
    void backToLeader() {
        status = LetterStatus.RECEIVED;
    }

    String businessKey() {
        return KEY_PREFIX + id;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getLeader() {
        return leader;
    }

    public String getWriter() {
        return writer;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public LetterStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getForwardedDepartmentId() {
        return forwardedDepartmentId;
    }

    public String getDraft() {
        return draft;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
