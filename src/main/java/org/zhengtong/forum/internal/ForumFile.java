package org.zhengtong.forum.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A file of a post, kept in the shared file store. */
@Entity
@Table(name = "fm_attachment")
public class ForumFile {

    static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long postId;

    @Size(max = MAX_NAME)
    private String fileName;

    @Size(max = 200)
    private String fileKey;

    private long fileSize;

    @Size(max = 64)
    private String sha256;

    protected ForumFile() {
    }

    ForumFile(long postId, String fileName, String fileKey, long fileSize, String sha256) {
        this.postId = postId;
        this.fileName = fileName;
        this.fileKey = fileKey;
        this.fileSize = fileSize;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
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
