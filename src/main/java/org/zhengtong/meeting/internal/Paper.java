package org.zhengtong.meeting.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** 议题材料: a file of the file store attached to a 议题. */
@Entity
@Table(name = "meeting_paper")
public class Paper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long topicId;
    private String fileName;
    private String fileKey;
    private long fileSize;
    private String sha256;
    private String uploadedBy;
    private Instant uploadedAt;

    protected Paper() {
    }

    Paper(Long topicId, String fileName, String fileKey, long fileSize, String sha256, String uploadedBy,
          Instant uploadedAt) {
        this.topicId = topicId;
        this.fileName = fileName;
        this.fileKey = fileKey;
        this.fileSize = fileSize;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTopicId() {
        return topicId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileKey() {
        return fileKey;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
