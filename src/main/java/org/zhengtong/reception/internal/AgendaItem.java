package org.zhengtong.reception.internal;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** An item of the agenda (日程): when, what, where. */
@Embeddable
public class AgendaItem {

    private Instant startsAt;
    private String content;
    private String place;

    protected AgendaItem() {
    }

    AgendaItem(Instant startsAt, String content, String place) {
        this.startsAt = startsAt;
        this.content = content;
        this.place = place;
    }

    public Instant getStartsAt() { return startsAt; }
    public String getContent() { return content; }
    public String getPlace() { return place; }
}
