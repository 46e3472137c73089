package org.zhengtong.meeting.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** A person of a noticed meeting: attendee, 列席 or 记录人; their reply (参加 / 请假 with stand-in) and sign-in. */
@Entity
@Table(name = "meeting_attendee")
public class Attendee {

    public enum Role { ATTENDEE, OBSERVER, RECORDER }

    public enum Reply { NONE, ATTEND, LEAVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private String username;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Enumerated(EnumType.STRING)
    private Reply reply = Reply.NONE;

    private String reason;
    private String standIn;
    private Instant repliedAt;
    private Instant signedInAt;

    protected Attendee() {
    }

    Attendee(Long meetingId, String username, Role role) {
        this.meetingId = meetingId;
        this.username = username;
        this.role = role;
    }

    void reply(Reply reply, String reason, String standIn, Instant at) {
        this.reply = reply;
        this.reason = reason;
        this.standIn = standIn;
        this.repliedAt = at;
    }

    void signIn(Instant at) {
        if (signedInAt == null) {
            signedInAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public Reply getReply() {
        return reply;
    }

    public String getReason() {
        return reason;
    }

    public String getStandIn() {
        return standIn;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }
}
