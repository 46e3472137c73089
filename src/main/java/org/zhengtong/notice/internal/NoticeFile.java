package org.zhengtong.notice.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A file of a notice, kept in the shared file store. */
@Entity
@Table(name = "nt_attachment")
public class NoticeFile {

    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long noticeId;

    @Size(max = MAX_NAME)
    private String fileName;

    @Size(max = 200)
    private String fileKey;

    private long fileSize;

    @Size(max = 64)
    private String sha256;

    protected NoticeFile() {
    }

    NoticeFile(long noticeId, String name, String fileKey, long fileSize, String sha256) {
        this.noticeId = noticeId;
        this.fileName = name;
        this.fileKey = fileKey;
        this.fileSize = fileSize;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public String getFileName() {
        return fileName;
    }

    String getFileKey() {
        return fileKey;
    }

    public long getFileSize() {
        return fileSize;
    }
}
