package org.zhengtong.notice.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zhengtong.platform.StoredFileRef;

/** A file of a notice, kept in the shared file store. */
@Entity
@Table(name = "nt_attachment")
public class NoticeFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long noticeId;

    @Embedded
    private StoredFileRef file;

    protected NoticeFile() {
    }

    NoticeFile(long noticeId, StoredFileRef file) {
        this.noticeId = noticeId;
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public StoredFileRef getFile() {
        return file;
    }
}
