package org.zhengtong.notice.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/** 阅读回执: who opened a notice first when. */
@Entity
@Table(name = "nt_receipt")
public class NoticeReceipt {

    @EmbeddedId
    private Key key;

    private Instant readAt;

    protected NoticeReceipt() {
    }

    NoticeReceipt(long noticeId, String username, Instant readAt) {
        this.key = new Key(noticeId, username);
        this.readAt = readAt;
    }

    public String getUsername() {
        return key.username();
    }

    public Instant getReadAt() {
        return readAt;
    }

    @Embeddable
    record Key(long noticeId, @Size(max = 40) String username) implements Serializable {
    }
}
