package org.zhengtong.meeting.internal;

import jakarta.persistence.*;

/** Whom a meeting invites, as chosen: a person, a department, a unit or a position, to attend or to sit in (列席). */
@Entity
@Table(name = "meeting_invitee")
public class Invitee {

    public enum Kind { PERSON, DEPARTMENT, UNIT, POSITION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String target;

    @Enumerated(EnumType.STRING)
    private Attendee.Role role;

    protected Invitee() {
    }

    Invitee(Long meetingId, Kind kind, String target, Attendee.Role role) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.target = target;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public Attendee.Role getRole() {
        return role;
    }
}
