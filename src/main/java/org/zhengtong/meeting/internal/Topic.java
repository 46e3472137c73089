package org.zhengtong.meeting.internal;

import jakarta.persistence.*;
import org.zhengtong.platform.Classification;

/** 议题 of a meeting: in order, with its presenter (汇报人) and the 密级 its papers follow. */
@Entity
@Table(name = "meeting_topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private int sortOrder;
    private String title;
    private String presenter;

    @Enumerated(EnumType.STRING)
    private Classification classification = Classification.UNCLASSIFIED;

    protected Topic() {
    }

    Topic(Long meetingId, int sortOrder, String title, String presenter, Classification classification) {
        this.meetingId = meetingId;
        this.sortOrder = sortOrder;
        this.title = title;
        this.presenter = presenter;
        this.classification = classification;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public Classification getClassification() {
        return classification;
    }
}
